# stop message in submake
mkdir sub
printf 'x\n' > sub/Makefile
printf 'all:\n\t@$(MAKE) -s -C sub\n' > Makefile
make; echo "exit=$?"