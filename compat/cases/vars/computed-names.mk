# Computed variable names: $($(x)) and names built from parts (manual 6.3.2).
x = y
y = z
z = final
a_b = joined
p = a
$(info $($(x)) $($($(x))) $($(p)_b))
$(p)_c := made
$(info $(a_c))
all: ; @:
