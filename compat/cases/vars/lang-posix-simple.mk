# posix simple
b = x
a ::= $(b)y
b = z
$(info [$(a)] $(flavor a))
all: ; @:
