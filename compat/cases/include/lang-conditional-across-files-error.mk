# conditional across files error
#| setup: echo "ifdef X" > a.mk
include a.mk
endif
all: ; @:
