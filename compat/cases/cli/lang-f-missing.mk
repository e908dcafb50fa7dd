# f missing
#| args: -f nothere.mk
all: ; @: