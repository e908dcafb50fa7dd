# braces args split on own kind
$(info ${subst a,b,(a,a)})
all: ; @:
