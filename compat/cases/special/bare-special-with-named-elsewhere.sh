# `.SILENT:`, `.IGNORE:` and `.SECONDARY:` mean "every file" only while the target has no
# prerequisites at all: another rule naming a file, before or after, takes that away.
printf '.SILENT: p.x\n.SILENT:\nall:\n\techo hi\n' > a.mk
make -f a.mk; echo "exit=$?"
printf '.SILENT:\n.SILENT: p.x\nall:\n\techo hi\n' > b.mk
make -f b.mk; echo "exit=$?"
printf '.IGNORE: p.x\n.IGNORE:\nall:\n\tfalse\n\techo after\n' > c.mk
make -f c.mk; echo "exit=$?"
printf '.SECONDARY: x\n.SECONDARY:\nall: a.o\n\techo all\n' > d.mk
touch -d '2020-01-01' a.c all
make -f d.mk -n; echo "exit=$?"
