# A foreach body from a recursive variable sees the loop variable when expanded.
body = <$(f)>
$(info [$(foreach f,x y,$(body))])
all: ; @:
