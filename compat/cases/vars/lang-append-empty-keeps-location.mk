# an empty += leaves the variable untouched, so a self-reference is reported at its definition
v = $(v)

v +=
all: ; @echo $(v)
