# VAR+=value on the command line appends to ... the environment/earlier command-line value only.
#| args: V=a V+=b
V = file
all: ; @echo V=$(V) $(origin V)
