# Substitution references $(var:a=b) and $(var:%.c=%.o) (manual 6.3.1).
src = foo.c bar.c baz.h dir/q.c
$(info $(src:.c=.o))
$(info $(src:%.c=obj/%.o))
$(info $(src:c=X))
$(info ${src:.h=})
all: ; @:
