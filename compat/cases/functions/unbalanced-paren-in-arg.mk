# An unbalanced "(" inside an argument is counted, so the outer call becomes unterminated.
$(info ${subst (,<,a(b)})
all: ; @:
