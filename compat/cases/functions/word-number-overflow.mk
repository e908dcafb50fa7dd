# Numbers in word/wordlist are read as atoi does: saturated to a long, then cut to an int
# (2147483648 is negative, 4294967297 is 1, 4294967296 is 0).
$(info [$(word 2147483648,a b)] [$(word 4294967297,a b)] [$(wordlist 1,2147483648,a b)])
$(info [$(wordlist 1,99999999999999999999,a b c)] [$(wordlist 4294967298,3,a b c)])
$(info [$(wordlist 00,2,a b)])
all: ; @:
