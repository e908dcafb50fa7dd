# 4294967296 becomes 0 as an int: the word function's "greater than 0" error.
$(info [$(word 4294967296,a b)])
all: ; @:
