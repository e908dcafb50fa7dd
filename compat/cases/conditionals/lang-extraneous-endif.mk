# extraneous endif
endif
all: ; @:
