#| args: -n
.ONESHELL:
all:
	@echo a
	echo b
