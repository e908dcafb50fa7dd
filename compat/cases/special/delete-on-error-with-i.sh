# .DELETE_ON_ERROR with -i: the error is ignored, so the target is kept.
printf '.DELETE_ON_ERROR:\nout:\n\techo partial > out; exit 1\n' > Makefile
make -i; echo "exit=$?"
ls
