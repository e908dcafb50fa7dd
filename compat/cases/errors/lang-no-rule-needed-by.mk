# no rule needed by
all: dep ; @: