# -w with -j2 -Otarget: no directory pair around the run; each non-empty synced block gets its
# own Entering/Leaving pair (GNU's output_dump). Prerequisites force the order; `quiet` prints
# nothing and so gets no pair.
#| args: -w -j2 -Otarget
all: b quiet
	@echo all
b: a
	@echo b; echo b-err >&2
a:
	@echo a
quiet: b
	@:
