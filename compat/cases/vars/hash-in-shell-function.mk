# A "#" inside $(shell ...) on an assignment line is still a comment start, so it needs escaping.
x := $(shell echo a\#b)
$(info [$(x)])
all: ; @:
