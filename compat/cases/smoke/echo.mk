# The smallest case: one rule, one recipe line echoed and run.
all:
	echo hello
