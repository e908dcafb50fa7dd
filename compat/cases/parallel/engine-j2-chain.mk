#| args: -j2
all: b
	@echo all
b: a
	@echo b
a:
	@echo a
