# ifndef
ifndef nothere
$(info undefined)
endif
all: ; @:
