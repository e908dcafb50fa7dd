# `lib: private V ?= x` finds the global V and makes it private; a later `all: V ?= y`
# then does not see it (from a target's set a private global is a parent's), so `all`
# gets its own V, which `lib` inherits; `c.o`, outside `all`, sees no V at all.
#| args: all c.o
V = global
lib: private V ?= x
all: V ?= y
all: lib
	@echo all [$(V)]
lib c.o:
	@echo $@ [$(V)]
