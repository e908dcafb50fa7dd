# missing endef line


define X
v

all: ; @:
