# after +=, a self-reference is reported at the += line; an empty += changes nothing
v = $(v)

v += more
all: ; @echo $(v)
