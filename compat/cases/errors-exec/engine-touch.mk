#| args: -t
all: a
	@echo all
a:
	@echo a
