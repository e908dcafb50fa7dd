printf '.DEFAULT_GOAL :=\nb:\n\t@echo b\na:\n\t@echo a\n' > Makefile
make
