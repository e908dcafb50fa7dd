# += on a recursive variable keeps it recursive: later changes to referenced vars show (manual 6.6).
x = $(y)
x += tail
y = late
$(info x=$(x) flavor=$(flavor x))
all: ; @:
