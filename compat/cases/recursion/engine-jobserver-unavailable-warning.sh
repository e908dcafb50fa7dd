mkdir sub
printf 'all:\n\t@echo sub\n' > sub/Makefile
printf 'all:\n\t@sh -c "make -s -C sub"\n' > Makefile
make -j2 2>&1
