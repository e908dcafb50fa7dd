printf 'a:\n\t@exit 5\n' > Makefile
make; echo "rc=$?"
make -k; echo "rc=$?"
make -i; echo "rc=$?"
