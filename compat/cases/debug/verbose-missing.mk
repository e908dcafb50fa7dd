# --debug=v: every file considered, pruned, and the decision for each
#| args: --debug=v
#| normalise: banner
all: a b a
	@echo all
a: c
	@echo making $@
c: ; @echo making $@
b: c ; @echo b
.PHONY: b
