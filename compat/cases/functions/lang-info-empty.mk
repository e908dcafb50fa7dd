# info empty
$(info)
$(info )
$(info x)
all: ; @:
