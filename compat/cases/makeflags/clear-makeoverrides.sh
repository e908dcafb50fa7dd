# Clearing MAKEOVERRIDES drops "-- V=top" from MAKEFLAGS, but V still reaches the sub-make via the environment (origin shows which).
mkdir sub
printf 'all:\n\t@echo sub V=[$(V)] origin=$(origin V) flags=[$(MAKEFLAGS)]\n' > sub/Makefile
printf 'all:\n\t@$(MAKE) --no-print-directory -C sub\n' > Makefile
make V=top; echo "exit=$?"
printf 'MAKEOVERRIDES =\nall:\n\t@$(MAKE) --no-print-directory -C sub\n' > Makefile
make V=top; echo "exit=$?"
