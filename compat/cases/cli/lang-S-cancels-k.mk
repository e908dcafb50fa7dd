# S cancels k
#| args: -k -S
all: a b
a: ; @false
b: ; @echo b