# "cd sub && $(MAKE)" also prints Entering/Leaving (sub-makes imply -w).
mkdir sub
printf 'all:\n\t@echo in sub\n' > sub/Makefile
printf 'all:\n\tcd sub && $(MAKE)\n' > Makefile
make; echo "exit=$?"
