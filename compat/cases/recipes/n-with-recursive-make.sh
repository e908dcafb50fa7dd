# -n runs $(MAKE) lines so the sub-make prints its own commands (manual 5.7.1).
mkdir sub
printf 'all:\n\techo in sub\n' > sub/Makefile
printf 'all:\n\t$(MAKE) -C sub\n\techo top\n' > Makefile
make -n; echo "exit=$?"
