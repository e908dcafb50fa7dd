# MFLAGS is the historical form with a leading dash and no variables.
#| args: -k -s V=1
$(info MFLAGS=[$(MFLAGS)])
all: ; @:
