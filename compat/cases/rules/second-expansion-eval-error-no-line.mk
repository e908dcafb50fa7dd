# An $(eval) run by second expansion happens after reading: a rule it defines is an error
# that names no makefile line.
.SECONDEXPANSION:
all: $$(eval $$(more))
define more
extra: dep
endef
