#| args: -j3
.NOTPARALLEL:
all: a b
a:
	@sleep 0.2; echo a
b:
	@echo b
