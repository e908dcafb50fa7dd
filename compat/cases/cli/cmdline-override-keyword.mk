# A quoted command-line word "override V=x" contains a space before "=", so it is a goal, not an assignment.
#| args: 'override V=x' all
all: ; @echo V=[$(V)]
