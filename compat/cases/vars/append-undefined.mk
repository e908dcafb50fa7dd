# += on an undefined variable acts like = (recursive), without a leading space (manual 6.6).
x += $(y)
y = later
$(info [$(x)] flavor=$(flavor x))
all: ; @:
