# -f /dev/null: a character device is a readable makefile (GNU opens makefiles with fopen).
#| args: -f /dev/null
all:
	@echo never read
