printf 'a: b\n\t@echo a\nb:\n\t@echo b\n' > Makefile
make -q; echo "rc=$?"
touch b a
make -q; echo "rc=$?"
make -q b; echo "rc=$?"
