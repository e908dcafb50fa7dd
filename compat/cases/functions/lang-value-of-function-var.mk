# value of function var
F = $(if $(1),a,b)
$(info $(value F))
all: ; @:
