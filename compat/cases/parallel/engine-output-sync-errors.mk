#| args: -j2 -O
all: a b
a:
	@echo a out; echo a err >&2; sleep 0.3
b:
	@echo b out; false
