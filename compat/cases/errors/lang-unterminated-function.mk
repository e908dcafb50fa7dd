# unterminated function
$(info $(subst a,b,c
all: ; @:
