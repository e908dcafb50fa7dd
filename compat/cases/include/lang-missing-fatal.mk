# missing fatal
include nothere.mk
$(info read-on)
all: ; @:
