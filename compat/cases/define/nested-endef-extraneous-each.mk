# Every endef with extraneous text is reported as it is read, nested ones included, even
# when the outer define is never terminated; a nested endef keeps its line minus the comment.
define D
define I
  endef junk
endef # c
define I
endef \# c
endef x
$(info [$(value D)])
define U
define V
endef trailing
all: ; @:
