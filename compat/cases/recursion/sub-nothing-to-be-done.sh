# Sub-make status messages carry the make[N] prefix: "make[1]: Nothing to be done" / "is up to date".
mkdir sub
touch sub/f
printf 'all:\nf:\n\t@echo never\n' > sub/Makefile
printf 'top:\n\t@$(MAKE) -C sub all\n\t@$(MAKE) -C sub f\n' > Makefile
make; echo "exit=$?"
