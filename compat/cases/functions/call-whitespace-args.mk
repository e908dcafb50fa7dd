# Whitespace around $(call) arguments is kept (not stripped) except before the name.
f = [$(1)][$(2)]
$(info $(call f, a , b ))
$(info $(call   f,x,y))
all: ; @:
