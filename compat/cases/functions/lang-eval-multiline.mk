# eval multiline
define D
A = 1
B = 2
endef
$(eval $(D))
$(info $(A)$(B))
all: ; @:
