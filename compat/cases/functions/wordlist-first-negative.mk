# An overflowing first argument of wordlist is reported as the int atoi made of it.
$(info [$(wordlist 99999999999999999999,2,a b)])
all: ; @:
