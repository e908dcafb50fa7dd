# An unterminated variable reference "$(foo" is a fatal error.
x := $(foo
all: ; @:
