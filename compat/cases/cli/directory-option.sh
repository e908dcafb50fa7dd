# -C DIR changes directory first, printing Entering/Leaving lines; several -C accumulate.
mkdir -p a/b
printf 'all:\n\t@echo in b $(notdir $(CURDIR))\n' > a/b/Makefile
make -C a/b; echo "exit=$?"
make -C a -C b; echo "exit=$?"
make -C a/b -s; echo "exit=$?"
make --directory=a/b --no-print-directory; echo "exit=$?"
