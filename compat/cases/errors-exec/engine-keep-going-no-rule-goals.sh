printf 'a:\n\t@echo a\n' > Makefile
make -k nope a; echo "rc=$?"
