# A recursive define keeps $(...) and $$ unexpanded until use.
x = late
define v
x=$(x) dollar=$$ literal
endef
x = later
$(info [$(v)] raw=[$(value v)])
all: ; @:
