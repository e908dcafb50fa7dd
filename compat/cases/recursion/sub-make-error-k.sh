# -k propagates to the sub-make; both levels report not-remade targets.
mkdir sub
printf 'all: a b\na:\n\t@exit 1\nb:\n\t@echo b\n' > sub/Makefile
printf 'all: sub other\nsub:\n\t@$(MAKE) -C sub\nother:\n\t@echo other\n.PHONY: sub\n' > Makefile
make -k; echo "exit=$?"
