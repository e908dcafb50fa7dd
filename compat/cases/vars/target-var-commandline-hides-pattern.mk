# A target-specific line for a command-line variable becomes a copy of it (value, origin,
# not appending) in the file's own set, which comes before its pattern-specific set: the
# pattern's `+=` (itself turned into `X += cmd`) is hidden for `a.o`, not for `b.o`.
#| args: X=cmd
a.%: export X += $@
b.%: X += $@
a.o: export X := echo sh
b.o: W = 1
all: a.o b.o
a.o b.o:
	@echo $@ [$(X)] [$$X]
