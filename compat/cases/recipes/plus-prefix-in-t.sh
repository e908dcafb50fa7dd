# Under -t, a target with a + line runs that line instead of being touched (a is not created); b is touched.
printf 'all: a b\na:\n\t+@echo plus-a\nb:\n\t@echo b\n' > Makefile
make -t; echo "exit=$?"
ls
