# $(MAKE) with explicit variable on its command line overrides the parent's value in the child.
mkdir sub
printf 'all:\n\t@echo V=$(V) $(origin V)\n' > sub/Makefile
printf 'all:\n\t@$(MAKE) -s -C sub V=child\n' > Makefile
make V=parent; echo "exit=$?"
