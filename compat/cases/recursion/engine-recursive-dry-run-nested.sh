mkdir sub
printf 'all:\n\techo sub-recipe\n' > sub/Makefile
printf 'all:\n\t$(MAKE) -C sub\n' > Makefile
make -n; echo "rc=$?"
