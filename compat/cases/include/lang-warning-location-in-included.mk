# warning location in included
#| setup: printf "\n\$(warning inside)\n" > w.mk
include w.mk
$(warning back)
all: ; @:
