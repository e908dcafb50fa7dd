# call nested hides outer
inner = [$(1)][$(2)]
outer = $(call inner,x)
$(info $(call outer,a,b))
all: ; @:
