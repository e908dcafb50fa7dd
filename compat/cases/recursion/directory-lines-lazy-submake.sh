# A parent that starts a sub-make prints its Entering first; a silent sub-make prints none.
mkdir sub
printf 'all:\n\t@$(MAKE) -C sub\n' > Makefile
printf 'all:\n\t@:\n' > sub/Makefile
make 2>&1; echo "exit=$?"
make -w 2>&1; echo "exit=$?"
printf 'all:\n\t@echo in-sub\n' > sub/Makefile
make -w 2>&1; echo "exit=$?"
