# -s with -n still prints the commands (-n wins for display).
#| args: -s -n
all:
	@echo hi
