# V=a V+=b on the command line: the second appends to the first, and the makefile's V = file is ignored.
#| args: V=a V+=b
V = file
all: ; @echo V=$(V) $(origin V)
