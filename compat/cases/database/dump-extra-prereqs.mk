# -p: the global .EXTRA_PREREQS shows on every pattern rule and every target but itself.
#| args: -p
#| normalise: database
.EXTRA_PREREQS = e
all: y
y:
	@:
e:
	@:
