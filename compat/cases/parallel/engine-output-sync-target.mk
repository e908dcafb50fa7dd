#| args: -j2 -Otarget
all: a b
a:
	@echo a1; sleep 0.3; echo a2
b:
	@echo b1; sleep 0.1; echo b2
