# Backslash-newline in a variable value becomes a single space (manual 3.1.1).
x = one \
    two \
three
$(info [$(x)])
all: ; @:
