# define inside false branch
ifdef nothere
define X
endif
endef
endif
$(info [$(X)] ok)
all: ; @:
