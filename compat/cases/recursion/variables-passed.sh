# Command-line variables and exported variables reach sub-makes; plain ones do not.
mkdir sub
printf 'all:\n\t@echo CLI=[$(CLI)] EXP=[$(EXP)] PLAIN=[$(PLAIN)]\n' > sub/Makefile
printf 'export EXP = e\nPLAIN = p\nall:\n\t@$(MAKE) --no-print-directory -C sub\n' > Makefile
make CLI=c; echo "exit=$?"
