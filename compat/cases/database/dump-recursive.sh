# -p in a recursive make: each make prints its own data base; directory lines become comments.
#| normalise: database
printf 'all:\n\t@$(MAKE) -f sub.mk\n' > Makefile
printf 'x:\n\t@echo sub\n' > sub.mk
make -p -r
