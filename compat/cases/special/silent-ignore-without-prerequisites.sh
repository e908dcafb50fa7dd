# `.SILENT:` without prerequisites silences make's own lines too (touch under -t, rm of
# intermediates, "Nothing to be done", ignored errors) but adds nothing to MAKEFLAGS;
# `.IGNORE:` without prerequisites is -i, and MAKEFLAGS shows it to sub-makes.
printf '.SILENT:\nall: y\n\techo [$(MAKEFLAGS)]\ny:\n\techo y\nz:\n\t-false\n' > Makefile
make -t; echo "exit=$?"
make; echo "exit=$?"
make z; echo "exit=$?"
ls
printf '.SILENT:\nall: a.o\n\techo all\n%%.o: %%.c\n\ttouch $@\n%%.c:\n\ttouch $@\n' > chain.mk
make -f chain.mk; echo "exit=$?"
printf '.IGNORE:\nall:\n\tfalse\n\techo [$(MAKEFLAGS)] [$$MAKEFLAGS]\n\t@$(MAKE) -f sub.mk\n' > ign.mk
printf 'sub:\n\tfalse\n\techo sub [$(MAKEFLAGS)]\n' > sub.mk
make -f ign.mk; echo "exit=$?"
