# ": foo" (a rule with no targets) is accepted and ignored.
: foo
all: ; @echo ok
