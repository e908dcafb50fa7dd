# ${...} works like $(...); inside a $( ) call, braces are ordinary characters and vice versa.
x = ex
$(info ${x} $(subst {,<,a{b}))
${info $(x) ${subst ),>,a)b}}
all: ; @:
