# -j with a serial sub-make: output order made deterministic by dependencies.
mkdir sub
printf 'all: a\n\t@echo sub all\na:\n\t@echo sub a\n' > sub/Makefile
printf 'all: first\n\t@$(MAKE) --no-print-directory -C sub\nfirst:\n\t@echo first\n' > Makefile
make -j2; echo "exit=$?"
