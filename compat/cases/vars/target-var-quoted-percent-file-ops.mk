# Target-specific lines whose target has a quoted `%` (`a\%b`, the file `a%b`) are a
# file's, not a pattern's: `:=` and `!=` take their value when read, `+=` and `?=` act in
# the file's own set (a `private ?=` that finds the global V makes it private).
V = g
all: a%b c
a\%b: X := 1
a\%b: Y != echo 2
a\%b: Z = 3
a\%b: Z += 4
a\%b: private V ?= x
a\%b: W ?= w
a\%b c:
	@echo "$@ [$(X)] [$(Y)] [$(Z)] [$(V)] [$(W)]"
