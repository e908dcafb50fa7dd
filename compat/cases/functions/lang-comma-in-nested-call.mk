# comma in nested call
$(info $(subst a,b,$(subst x,y,xa,ax)))
all: ; @:
