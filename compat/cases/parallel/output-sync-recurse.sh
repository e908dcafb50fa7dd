# -Orecurse with a sub-make and dependencies fixing the order.
mkdir sub
printf 'all:\n\t@echo sub line\n' > sub/Makefile
printf 'all: pre\n\t@$(MAKE) --no-print-directory -C sub\npre:\n\t@echo pre\n' > Makefile
make -j2 -Orecurse; echo "exit=$?"
