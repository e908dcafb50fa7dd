# A nested `endef # comment` is stored without its comment (read.c removes it in place).
define D
define I
in
  endef   # c
endef
$(info [$(value D)])
all: ; @:
