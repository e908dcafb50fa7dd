# recursive indirect error
a = $(b)
b = $(a)
$(info $(a))
all: ; @:
