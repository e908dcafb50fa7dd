# $(wordlist 1,-1,...): a negative end is a non-numeric error.
x := $(wordlist 1,-1,a b c)
all: ; @:
