# --no-silent after -s turns echoing back on.
#| args: -s --no-silent
all:
	echo hi
