# wildcard literal exists
#| setup: touch x.h
$(info [$(wildcard x.h y.h)])
all: ; @:
