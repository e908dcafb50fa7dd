# .PHONY may be declared after the rule (anywhere in the makefile).
touch clean
printf 'clean:\n\t@echo cleaning\n.PHONY: clean\n' > Makefile
make clean; echo "exit=$?"
