# foreach in recipe
all: ; @echo $(foreach x,1 2,$@$(x))