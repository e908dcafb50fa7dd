# ifeq accepts (a,b), 'a' 'b', "a" "b" and mixed quotes (manual 7.2).
ifeq (a,a)
$(info paren)
endif
ifeq 'a' 'a'
$(info single)
endif
ifeq "a" "a"
$(info double)
endif
ifeq "a" 'a'
$(info mixed)
endif
all: ; @:
