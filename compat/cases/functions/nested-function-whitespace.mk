# Whitespace after a function name is skipped; the first argument then starts at its first non-blank character.
$(info [$(addprefix   p,a b)] [$(subst  a,b,aaa)])
all: ; @:
