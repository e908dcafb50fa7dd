# error in eval
$(eval $(error inside eval))
all: ; @:
