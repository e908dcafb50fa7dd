# -n propagates: the sub-make prints but does not run its commands.
mkdir sub
printf 'all:\n\ttouch sub-made\n' > sub/Makefile
printf 'all:\n\t$(MAKE) -C sub\n\ttouch top-made\n' > Makefile
make -n; echo "exit=$?"
ls sub
