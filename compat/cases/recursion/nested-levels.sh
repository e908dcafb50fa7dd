# Two levels of recursion: make[1] and make[2] prefixes, MAKELEVEL values.
mkdir -p a/b
printf 'all:\n\t@echo level $(MAKELEVEL)\n' > a/b/Makefile
printf 'all:\n\t@echo level $(MAKELEVEL)\n\t@$(MAKE) -C b\n' > a/Makefile
printf 'all:\n\t@echo level $(MAKELEVEL)\n\t@$(MAKE) -C a\n' > Makefile
make; echo "exit=$?"
