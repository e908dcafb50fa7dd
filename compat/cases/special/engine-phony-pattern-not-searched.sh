printf '.PHONY: foo.o\nfoo.o:\n' > Makefile
touch foo.c
make foo.o; echo "rc=$?"
