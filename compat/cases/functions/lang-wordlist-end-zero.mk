# wordlist end zero
$(info [$(wordlist 1,0,a b)])
all: ; @:
