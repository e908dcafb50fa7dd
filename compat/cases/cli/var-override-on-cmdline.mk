# VAR=value on the command line overrides the makefile; several assignments, last wins.
#| args: V=one V=two W='a b'
V = file
W = file
all: ; @echo V=$(V) W=$(W)
