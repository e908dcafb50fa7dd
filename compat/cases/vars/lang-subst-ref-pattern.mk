# subst ref pattern
src = a.c b.c
$(info $(src:%.c=obj/%.o))
all: ; @:
