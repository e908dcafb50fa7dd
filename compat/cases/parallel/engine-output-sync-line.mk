#| args: -j2 --output-sync=line
all: a b
a:
	@echo a1; sleep 0.4
	@echo a2
b:
	@sleep 0.2; echo b1
