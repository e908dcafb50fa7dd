#| args: -j2 -Onone
all: a b
a:
	@sleep 0.3; echo a
b:
	@echo b
