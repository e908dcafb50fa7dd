# false branch bad syntax ignored
ifdef nothere
this is not valid make syntax
endif
$(info ok)
all: ; @:
