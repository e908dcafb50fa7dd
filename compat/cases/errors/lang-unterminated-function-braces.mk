# unterminated function braces
$(info ${subst a,b,c)
all: ; @:
