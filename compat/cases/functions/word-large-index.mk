# $(word) and $(wordlist) with very large indexes simply return empty / up to the end.
$(info [$(word 99999999,a b)] [$(wordlist 2,99999999,a b c)])
all: ; @:
