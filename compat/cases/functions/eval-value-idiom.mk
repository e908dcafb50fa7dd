# $(eval $(value VAR)) evaluates the raw text, avoiding double expansion of $$.
define raw
R := $$$$money
endef
$(eval $(value raw))
$(info [$(R)])
all: ; @:
