# Variable names may contain odd characters; a reference with spaces in the name.
a.b = dot
a-b = dash
a/b = slash
$(info $(a.b) $(a-b) $(a/b))
all: ; @:
