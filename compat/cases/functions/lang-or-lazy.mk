# or lazy
$(info [$(or a,$(error lazy))])
all: ; @:
