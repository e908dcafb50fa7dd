#| setup: mkdir -p a/b; printf 'all:\n\t@$(MAKE) -C b\n' > a/Makefile; printf 'all:\n\t@echo level $(MAKELEVEL)\n' > a/b/Makefile
all:
	@$(MAKE) -C a
