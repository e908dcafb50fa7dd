# simple op
Y = early
define X :=
$(Y)
endef
Y = late
$(info $(X) $(flavor X))
all: ; @:
