# default goal skips dot
.x: ; @echo dot
y: ; @echo y
all: ; @:
