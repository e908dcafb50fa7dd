#| known-difference: a SHELL whose first word is an assignment, with a backslash-newline in a recipe line: GNU's escaped command line breaks the quotes for /bin/sh; xmake keeps the continuation
# GNU escapes the line for `/bin/sh -c` with the backslash-newline kept in a way the shell
# then reads as an unterminated quote.
SHELL := FOO=1 /bin/sh
all:
	@echo "a \
	b" $$FOO
