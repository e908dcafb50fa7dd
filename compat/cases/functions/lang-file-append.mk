# file append
$(file >o,one)
$(file >>o,two)
$(info $(file <o))
all: ; @:
