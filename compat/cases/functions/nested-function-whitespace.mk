# Whitespace after the function name separates it; the first arg keeps its other leading spaces?
$(info [$(addprefix   p,a b)] [$(subst  a,b,aaa)])
all: ; @:
