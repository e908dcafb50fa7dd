# A failing recipe defined in an included file names that file and line.
printf 'x:\n\t@echo x\n\t@exit 5\n' > rules.mk
printf 'include rules.mk\n' > Makefile
make; echo "exit=$?"
