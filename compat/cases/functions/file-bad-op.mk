# $(file) with an invalid operation is a fatal error.
$(file !x,text)
all: ; @:
