# command line recursive
#| args: X=$(Y)
Y = late
$(info [$(X)] $(flavor X))
all: ; @:
