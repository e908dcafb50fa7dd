# Command-line values are recursive too: V=$(W) sees the makefile's W.
#| args: 'V=$(W)'
W = from-makefile
$(info [$(V)] $(flavor V))
all: ; @:
