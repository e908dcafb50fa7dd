# --debug=b under -j: lines for files whose recipes run in the background are not
# followed by "Successfully remade" (GNU prints that only for recipes that finished at once)
#| args: --debug=b -j2
#| normalise: banner
all: a
	@echo all
a: b
	@echo a
b:
	@echo b
