# wordlist zero error
$(info $(wordlist 0,2,a b))
all: ; @:
