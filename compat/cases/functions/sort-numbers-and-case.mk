# $(sort) is lexical by bytes: uppercase before lowercase, 10 before 9.
$(info $(sort b A a B 2 10 1 _ -))
all: ; @:
