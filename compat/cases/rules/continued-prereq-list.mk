# A prerequisite list continued with backslash-newline.
all: a \
     b \
     c
	@echo '$^'
a b c: ; @:
