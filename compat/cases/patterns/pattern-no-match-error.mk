# A target with no explicit or implicit rule: error mentions the needing target.
all: thing.zzz
%.o: %.c ; @:
