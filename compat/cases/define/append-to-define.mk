# "+=" on a define variable appends with a space (not a newline).
define v
a
b
endef
v += c
$(info [$(v)])
all: ; @:
