# target var at parse invisible
all: X = t
$(info [$(X)])
all: ; @: