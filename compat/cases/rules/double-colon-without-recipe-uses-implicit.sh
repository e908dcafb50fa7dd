# A double-colon rule without a recipe gets one from an implicit rule, per `::` entry;
# .DEFAULT does not apply to it.
touch b.c
printf 'b.o::\n%%.o: %%.c\n\techo pat $@ from $<\n' > a.mk
make -f a.mk; echo "exit=$?"
printf 'b.o:: b.c\n\techo dc\nb.o::\n%%.o: %%.c\n\techo pat $@\n' > b.mk
make -f b.mk; echo "exit=$?"
printf 'b.o::\n%%.o: %%.o\n\techo pat $@\n' > c.mk
make -f c.mk; echo "exit=$?"
printf 'b.o::\n.DEFAULT:\n\techo def $@\n' > d.mk
make -f d.mk; echo "exit=$?"
