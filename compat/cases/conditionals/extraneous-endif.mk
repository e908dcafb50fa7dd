# An endif without an if is a fatal error.
all: ; @:
endif
