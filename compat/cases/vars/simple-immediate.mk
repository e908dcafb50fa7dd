# Simple (:=) variables expand once at definition (manual 6.2).
b = first
a := $(b)
b = second
$(info a=$(a))
all: ; @:
