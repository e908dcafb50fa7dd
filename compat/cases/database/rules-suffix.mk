#| args: -r -p -q all
#| normalise: database
# User suffix rules after -r: .SUFFIXES, double and single suffix rules, and one that is a
# plain target because a suffix is unknown.
.SUFFIXES: .in .out .x
.in.out:
	cp $< $@
.x:
	cat $< > $@
.out.unknown:
	@echo not a suffix rule
all: ; @:
