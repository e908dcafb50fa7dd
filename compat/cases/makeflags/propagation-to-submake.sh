# Flags and command-line variables propagate to sub-makes through MAKEFLAGS.
mkdir sub
printf 'all:\n\t@echo sub V=$(V) flags=$(MAKEFLAGS)\n\tfalse\n\t@echo after false\n' > sub/Makefile
printf 'all:\n\t@$(MAKE) --no-print-directory -C sub\n' > Makefile
make -k -i V=top; echo "exit=$?"
