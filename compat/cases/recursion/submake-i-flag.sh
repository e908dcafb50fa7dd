# -i propagates to the sub-make: its errors are ignored there too.
mkdir sub
printf 'all:\n\tfalse\n\t@echo sub continued\n' > sub/Makefile
printf 'all:\n\t@$(MAKE) -s --no-print-directory -C sub\n\t@echo top continued\n' > Makefile
make -i; echo "exit=$?"
