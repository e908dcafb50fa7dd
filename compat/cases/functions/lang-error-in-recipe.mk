# error in recipe
all: ; @echo before; $(error in recipe)