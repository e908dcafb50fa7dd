# $(file >) with no file name is a fatal error.
$(file >,text)
all: ; @:
