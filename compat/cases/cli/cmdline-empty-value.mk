# VAR= on the command line defines an empty command-line variable that beats the makefile.
#| args: V=
V = file
all: ; @echo V=[$(V)] $(origin V)
