# submake n
mkdir sub
printf 'all:\n\techo sub\n' > sub/Makefile
printf 'all:\n\t$(MAKE) -C sub\n' > Makefile
make -n | sed "s/^make: //"; echo "exit=$?"