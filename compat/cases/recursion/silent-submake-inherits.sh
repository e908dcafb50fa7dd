# -s propagates via MAKEFLAGS: the sub-make does not echo its commands.
mkdir sub
printf 'all:\n\techo from sub\n' > sub/Makefile
printf 'all:\n\t$(MAKE) -C sub\n' > Makefile
make -s; echo "exit=$?"
