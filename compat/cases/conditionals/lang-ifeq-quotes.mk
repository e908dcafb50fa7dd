# ifeq quotes
ifeq "a" "a"
$(info dq)
endif
ifeq 'a' 'b'
else
$(info sq-else)
endif
all: ; @:
