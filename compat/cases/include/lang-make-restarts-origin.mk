# make restarts origin
$(info $(origin MAKE_RESTARTS) [$(MAKE_RESTARTS)])
-include g.mk
g.mk: ; @touch $@
all: ; @:
