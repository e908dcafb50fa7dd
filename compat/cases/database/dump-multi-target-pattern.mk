# -p with a pattern rule of two targets, an order-only prerequisite, and .ONESHELL.
#| args: -pn -r all multi
#| setup: touch x.y
#| normalise: database
%.tab.c %.tab.h: %.y | gen
	@echo bison $< > $*.tab.c; echo > $*.tab.h
gen: ; @mkdir -p gen
all: x.tab.c x.tab.h
.ONESHELL:
multi:
	@a=1
	echo $$a
