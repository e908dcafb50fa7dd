# += to a simple variable appends to its value as it is after expanding the new text
# (GNU looks the variable up, expands, then concatenates onto the current value).
X := a
X += $(eval X := b)c
$(info [$(X)])
Y = a
Z := 1
Z += $(eval Z = r$$(Y))c
$(info [$(Z)] $(flavor Z))
all: ;@:
