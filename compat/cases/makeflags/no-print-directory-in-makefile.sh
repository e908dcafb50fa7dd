# The common idiom MAKEFLAGS += --no-print-directory silences Entering/Leaving for sub-makes.
mkdir sub
printf 'all:\n\t@echo in sub\n' > sub/Makefile
printf 'MAKEFLAGS += --no-print-directory\nall:\n\t@$(MAKE) -C sub\n' > Makefile
make; echo "exit=$?"
