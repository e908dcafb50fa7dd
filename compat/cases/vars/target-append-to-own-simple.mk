# `+=` to a target's own simple variable expands the addition when the line is read, with the
# target's variables visible; a later change of what it refers to does not show.
V := now
all: e g m
e: E :=
e: E += $(V)
e: ; @echo 'E=[$(E)]'
g: G := first
g: OTHER := other
g: G += $(V) $(OTHER)
g: ; @echo 'G=[$(G)]'
m: M := one
m: M +=
m: M += two $(V)
m: ; @echo 'M=[$(M)]'
V := later
