# `+=` in an $(eval) over a visible local variable of simple flavour expands the addition
# before the global's origin is checked, as for any `+=`: a command-line value refuses the
# result, but the expansion's side effects happen.
#| args: Y:=cmd
$(foreach Y,1,$(eval Y += $$(info expanded-y)z))
$(foreach Z,1,$(eval Z += $$(info expanded-z)z))
all:;@echo Y=$(Y) Z=$(Z)
