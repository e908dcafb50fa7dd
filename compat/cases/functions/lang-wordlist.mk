# wordlist
$(info [$(wordlist 2,3,a b c d)] [$(wordlist 3,2,a b c)] [$(wordlist 2,9,a b c)])
all: ; @:
