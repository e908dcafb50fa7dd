# after +=, a self-reference is reported where the variable was first defined
v = $(v)

v += more
all: ; @echo $(v)
