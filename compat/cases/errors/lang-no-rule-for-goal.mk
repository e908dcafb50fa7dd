# no rule for goal
#| args: nothere
all: ; @: