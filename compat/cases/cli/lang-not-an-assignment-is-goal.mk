# not an assignment is goal
#| args: 'a b=1'
all: ; @: