# override append command line
#| args: X=cli
override X += file
$(info [$(X)] $(origin X))
all: ; @:
