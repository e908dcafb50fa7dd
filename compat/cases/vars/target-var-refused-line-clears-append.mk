# In a target's own set a plain line that cannot replace an `override` value still sets
# the line's flags and clears the `+=` mark (GNU's do_variable_definition): `all`'s E is
# then its own empty value, not the global's with nothing added; its prerequisites get
# that value in their environment (a parent's private variable still goes there).
export E = e
all: override private E +=
all: private E = $(V)+
all: lib
	@echo 'all [$(E)]' "[$$E]"
lib:
	@echo 'lib [$(E)]' "[$$E]"
