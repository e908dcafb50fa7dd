# ifeq mixed quotes
ifeq "a" 'a'
$(info mixed)
endif
all: ; @:
