#| args: -n
all:
	+@echo plus
	echo normal
