# -t at the top: the $(MAKE) line still runs, and the sub-make touches its own targets.
mkdir sub
printf 'out:\n\t@echo would build\n' > sub/Makefile
printf 'all:\n\t@$(MAKE) --no-print-directory -C sub\n.PHONY: all\n' > Makefile
make -t; echo "exit=$?"
ls sub
