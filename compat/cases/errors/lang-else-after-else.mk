# else after else
ifdef X
else
else
endif
all: ; @:
