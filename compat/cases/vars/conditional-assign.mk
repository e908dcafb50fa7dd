# ?= assigns only when the variable is undefined; empty-but-defined counts as defined (manual 6.5).
a ?= one
a ?= two
e =
e ?= set
$(info a=$(a) e=[$(e)] flavor-a=$(flavor a))
all: ; @:
