#| args: -rR -p -q
#| normalise: database
# .SECONDEXPANSION: prerequisites are printed as written, unexpanded.
.SECONDEXPANSION:
DEPS = x y
all: $$(DEPS) $$@.dep
all.dep x y: ; @:
