# The classic "for d in $(SUBDIRS); do $(MAKE) -C $$d || exit 1; done" loop, including a failing subdir.
mkdir a b c
printf 'all:\n\t@echo in a\n' > a/Makefile
printf 'all:\n\t@echo in b; exit 1\n' > b/Makefile
printf 'all:\n\t@echo in c\n' > c/Makefile
cat > Makefile <<'M'
SUBDIRS = a b c
all:
	@for d in $(SUBDIRS); do $(MAKE) --no-print-directory -C $$d || exit 1; done
M
make; echo "exit=$?"
