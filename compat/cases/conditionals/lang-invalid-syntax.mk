# invalid syntax
ifeq a b
endif
all: ; @:
