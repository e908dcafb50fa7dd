# subst can replace with a newline held in a define.
define nl


endef
$(info [$(subst ;,$(nl),a;b;c)])
all: ; @:
