# $(foreach) binds a temporary variable, restoring any previous value (manual 8.5).
v = outer
dirs = a b c
$(info [$(foreach v,$(dirs),<$(v)>)] after=$(v))
$(info [$(foreach x,,never)])
$(info [$(foreach i,1 2,$(foreach j,a b,$(i)$(j)))])
all: ; @:
