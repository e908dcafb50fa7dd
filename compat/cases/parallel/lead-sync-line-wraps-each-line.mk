# -w with -j2 -Oline: each recipe line's output is its own block with its own directory pair.
#| args: -w -j2 -Oline
all: a
	@echo one
	@echo two
a:
	@echo a
