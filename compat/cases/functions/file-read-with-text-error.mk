# $(file <name,text): reading accepts no text argument.
$(file <x,text)
all: ; @:
