printf '.PRECIOUS: out\nout:\n\t@echo part > $@; kill -INT $$$$\n' > Makefile
make; echo "rc=$?"; ls
