printf 'out::\n\t@echo always\n' > Makefile
touch out
make
make
