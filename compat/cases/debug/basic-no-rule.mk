# --debug=b: a prerequisite with no rule, under -k (and the phony/no-recipe targets)
#| args: --debug=b -k
#| normalise: banner
all: p missing q
p: ; @:
q:
.PHONY: p
