# --debug=b: files that do not exist, a phony target, the order and depth of GNU's lines
#| args: --debug=b
#| normalise: banner
all: a b
	@echo all
a: c
	@echo making $@
c: ; @echo making $@
b: ; @echo b
.PHONY: b
