# A rule `$(eval)`ed while a recipe is expanded is refused when GNU records it: when the
# next line that ends a rule is read or the text ends. Lines between (a conditional's
# expansion, recipe lines of the rule, lines a false conditional skips) act first.
define E
x: y
	@echo recipe of x
ifeq ($$(info conditional expanded),x)
$$(error skipped)
endif
$$(info not reached)
endef
all:
	@echo before
	$(eval $(E))@echo never
