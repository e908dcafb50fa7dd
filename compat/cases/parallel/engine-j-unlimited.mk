#| args: -j
all: a b c
	@echo all
a:
	@sleep 0.6; echo a
b:
	@sleep 0.3; echo b
c:
	@echo c
