# undefine works on a multi-line variable too.
define m
a
b
endef
undefine m
$(info [$(m)] $(origin m))
all: ; @:
