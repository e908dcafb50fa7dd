# An unterminated function call is a fatal error.
x := $(subst a,b,abc
all: ; @:
