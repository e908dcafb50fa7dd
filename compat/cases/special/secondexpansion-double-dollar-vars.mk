# With .SECONDEXPANSION, $$(VAR) sees VAR's final value; $(VAR) sees its value at that point.
.SECONDEXPANSION:
ONE = early
all: $(ONE) $$(ONE) ; @echo $^
ONE = late
early late: ; @:
