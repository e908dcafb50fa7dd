# -R (--no-builtin-variables) removes CC & co; MAKE etc. remain.
#| args: -R
$(info CC=[$(CC)] origin=$(origin CC) RM=[$(RM)])
$(info MAKE=$(MAKE) MAKE_VERSION=$(MAKE_VERSION))
all: ; @:
