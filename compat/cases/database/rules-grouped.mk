#| args: -rR -p -q
#| normalise: database
# Grouped targets (&:) share one recipe; a grouped pattern rule.
all: a b c
a b &: src
	@echo build $@
c: ; @:
src: ; @:
%.h %.cc &: %.idl
	gen $<
