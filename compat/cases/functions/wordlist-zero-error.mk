# $(wordlist 0,...) is a fatal error.
x := $(wordlist 0,2,a b c)
all: ; @:
