printf 'a:\n\t@sleep 0.3; echo a\nb:\n\t@echo b\n' > Makefile
make -j2 a b
