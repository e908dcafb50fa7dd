# + lines run even under -n (manual 5.7.1); others are only printed.
#| args: -n
all:
	+@echo plus runs
	echo only printed
