# "unexport MAKEFLAGS" stops flags reaching the sub-make (MAKELEVEL still increases).
mkdir sub
printf 'all:\n\t@echo sub flags=[$(MAKEFLAGS)] level=$(MAKELEVEL)\n' > sub/Makefile
printf 'unexport MAKEFLAGS\nall:\n\t@$(MAKE) --no-print-directory -C sub\n' > Makefile
make -k; echo "exit=$?"
