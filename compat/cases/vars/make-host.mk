# MAKE_HOST names the build platform of this make (4.3 on this machine).
$(info MAKE_HOST=$(MAKE_HOST) origin=$(origin MAKE_HOST))
all: ; @:
