# -p: each rule of a double-colon target is its own entry, with its automatic variables.
#| args: -p -r
#| normalise: database
x:: a
	@echo x1 $<
x:: b
	@echo x2 $<
x::
	@echo x3
a b:
	@echo make $@
