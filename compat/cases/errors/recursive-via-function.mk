# Self-reference through a function call is detected too.
x = $(subst a,b,$(x))
all: ; @echo $(x)
