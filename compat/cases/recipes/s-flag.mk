# -s silences echoing of all lines.
#| args: -s
all:
	echo a
	@echo b
