# Recursive (=) variables expand at use time, seeing later assignments (GNU make manual 6.2 "The Two Flavors of Variables").
a = $(b)
b = first
$(info a=$(a))
b = second
$(info a=$(a))
all: ; @:
