#| args: -s
all:
	echo $(findstring s,$(MAKEFLAGS))
