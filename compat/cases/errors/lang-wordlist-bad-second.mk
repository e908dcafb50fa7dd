# wordlist bad second
$(info $(wordlist 1,x,a))
all: ; @:
