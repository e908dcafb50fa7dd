mkdir sub
printf 'all:\n\t@echo should-not\n' > sub/Makefile
printf 'all:\n\t@$(MAKE) -C sub\n' > Makefile
make -t; echo "rc=$?"; ls sub
