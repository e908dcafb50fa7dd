# foreach
$(info $(foreach d,a b c,<$(d)>))
all: ; @:
