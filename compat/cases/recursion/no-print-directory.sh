# --no-print-directory and -s suppress the Entering/Leaving lines.
mkdir sub
printf 'all:\n\t@echo in sub\n' > sub/Makefile
printf 'all:\n\t@$(MAKE) --no-print-directory -C sub\n' > Makefile
make; echo "exit=$?"
printf 'all:\n\t@$(MAKE) -C sub\n' > Makefile
make -s; echo "exit=$?"
