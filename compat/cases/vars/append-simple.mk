# += on a simple variable expands the new text immediately (manual 6.6).
y = early
x := $(y)
x += $(y)
y = late
$(info x=$(x) flavor=$(flavor x))
all: ; @:
