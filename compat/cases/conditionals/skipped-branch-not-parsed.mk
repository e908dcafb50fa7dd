# Text in a false branch is not parsed, so invalid lines there are harmless.
ifeq (a,b)
this is not valid make syntax at all
$(error not reached)
endif
all: ; @echo ok
