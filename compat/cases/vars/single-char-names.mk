# Single-character variables can be referenced without parentheses: $x, and $$ is a literal $.
x = ex
$(info $x $xy $$x)
all: ; @:
