# A computed name that expands to nothing is also an empty variable name.
e =
$(e) := value
all: ; @:
