mkdir a b
printf 'all:\n\t@exit 1\n' > a/Makefile
printf 'all:\n\t@echo b ok\n' > b/Makefile
printf 'all:\n\t@$(MAKE) -C a\n\t@$(MAKE) -C b\n' > Makefile
make -k; echo "rc=$?"
