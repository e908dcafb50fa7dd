# words
$(info $(words a b  c) $(words ))
all: ; @:
