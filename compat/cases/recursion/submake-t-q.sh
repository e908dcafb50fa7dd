# -q in a recursive make: the $(MAKE) line still runs, and its status is returned.
mkdir sub
touch -d '2020-01-01 00:00:00' sub/in
printf 'out: in\n\t@echo build\n' > sub/Makefile
printf 'all:\n\t@$(MAKE) -s -C sub\n.PHONY: all\n' > Makefile
make -q; echo "exit=$?"
