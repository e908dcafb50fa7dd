# unterminated call
$(info $(subst a,b,c)
all: ; @:
