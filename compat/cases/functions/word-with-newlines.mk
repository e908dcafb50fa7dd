# Newlines count as word separators for $(words)/$(word)/$(foreach).
define v
one
two three
endef
$(info $(words $(v)) [$(word 2,$(v))] [$(foreach w,$(v),<$(w)>)])
all: ; @:
