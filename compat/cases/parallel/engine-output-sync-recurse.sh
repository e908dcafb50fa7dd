mkdir sub
printf 'all:\n\t@echo sub1; sleep 0.2; echo sub2\n' > sub/Makefile
printf 'all: s t\ns:\n\t@$(MAKE) -s -C sub\nt:\n\t@sleep 0.1; echo t\n' > Makefile
make -j2 -Orecurse
