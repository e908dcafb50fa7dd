# Nested $(call) does not leak the outer call's extra positional args (manual 8.8).
inner = [$(1)][$(2)]
outer = $(call inner,$(1))
$(info $(call outer,A,B))
all: ; @:
