# A sub-make run without $(MAKE) in the recipe line under -j gets no jobserver: 4.3's warning text.
mkdir sub
printf 'all:\n\t@echo sub\n' > sub/Makefile
printf 'SUB = make\nall:\n\t@$(SUB) -s -C sub\n' > Makefile
make -j2; echo "exit=$?"
