# Variable names may contain ".", "-" and "/" characters.
a.b = dot
a-b = dash
a/b = slash
$(info $(a.b) $(a-b) $(a/b))
all: ; @:
