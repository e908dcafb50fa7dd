# Makefiles are checked newest-read first, before the goals; sub-makes have their own flag.
printf 'include x.mk\ninclude y.mk\nall: sub\nsub:\n\t@$(MAKE) -f inner.mk\n' > Makefile
printf 'all:;@:\n' > inner.mk
touch -d '+300 sec' x.mk y.mk Makefile inner.mk
make; echo "exit=$?"
