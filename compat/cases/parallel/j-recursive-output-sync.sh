# -Otarget with two sub-makes ordered by a dependency: each sub-make's output is grouped.
mkdir s1 s2
printf 'all:\n\t@echo s1 line1\n\t@echo s1 line2\n' > s1/Makefile
printf 'all:\n\t@echo s2 line1\n\t@echo s2 line2\n' > s2/Makefile
printf 'all: second\nfirst:\n\t@$(MAKE) -C s1\nsecond: first\n\t@$(MAKE) -C s2\n' > Makefile
make -j2 -Otarget; echo "exit=$?"
