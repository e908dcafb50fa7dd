# An explicit -jN on a sub-make under a parent jobserver: 4.3's warning text.
mkdir sub
printf 'all:\n\t@echo sub\n' > sub/Makefile
printf 'all:\n\t@$(MAKE) -s -j2 -C sub\n' > Makefile
make -j2; echo "exit=$?"
