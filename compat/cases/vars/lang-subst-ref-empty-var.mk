# subst ref empty var
x =
$(info [$(x:.c=.o)])
all: ; @:
