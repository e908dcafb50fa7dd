#| args: -i -k
all: a
	@echo all
a:
	@false
