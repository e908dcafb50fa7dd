# -j reaches the sub-make via MAKEFLAGS (-j and jobserver); the child's serialised output is stable.
mkdir sub
printf 'all: b\n\t@echo sub all\nb:\n\t@echo sub b\n' > sub/Makefile
printf 'all:\n\t+@$(MAKE) --no-print-directory -C sub\n' > Makefile
make -j3; echo "exit=$?"
