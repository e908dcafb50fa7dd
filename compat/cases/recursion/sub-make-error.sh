# A failing sub-make: errors at each level, "make[1]: *** ... Error 1" then "make: *** ... Error 2".
mkdir sub
printf 'all:\n\t@exit 3\n' > sub/Makefile
printf 'all:\n\t@$(MAKE) -C sub\n' > Makefile
make; echo "exit=$?"
