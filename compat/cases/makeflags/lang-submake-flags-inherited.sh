# submake flags inherited
mkdir sub
printf 'all:\n\techo sub runs\n' > sub/Makefile
printf 'all:\n\t@$(MAKE) --no-print-directory -C sub\n' > Makefile
make -s; echo "exit=$?"