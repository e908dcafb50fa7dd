# C missing
#| args: -C nothere
all: ; @: