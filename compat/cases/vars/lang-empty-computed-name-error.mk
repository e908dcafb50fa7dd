# empty computed name error
e =
$(e) = x
all: ; @:
