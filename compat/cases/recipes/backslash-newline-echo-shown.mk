# The echoed recipe shows the backslash-newline as written.
all:
	echo a \
	b
