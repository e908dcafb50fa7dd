# Passing goals to a sub-make and MAKECMDGOALS in the child.
mkdir sub
printf 'x y:\n\t@echo sub $@ goals=[$(MAKECMDGOALS)]\n' > sub/Makefile
printf 'all:\n\t@$(MAKE) -s -C sub y x\n' > Makefile
make; echo "exit=$?"
