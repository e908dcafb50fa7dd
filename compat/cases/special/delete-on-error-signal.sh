# .DELETE_ON_ERROR also removes a target whose recipe was killed by a signal.
printf '.DELETE_ON_ERROR:\nout:\n\t@echo partial > $@; kill -TERM $$$$\n' > Makefile
make; echo "exit=$?"
ls
