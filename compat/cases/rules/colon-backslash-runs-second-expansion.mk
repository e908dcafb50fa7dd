# The same unquoting of `\:` runs in prerequisites read again by .SECONDEXPANSION, and in a
# target-specific assignment's targets.
.SECONDEXPANSION:
P = p\\\:q
all: a\\\:b $$(P) c\:d
	@echo '[$^]'
a\\\:b: X = x
a\\\:b p\\\:q c\:d: ; @echo '[$@] [$(X)]'
