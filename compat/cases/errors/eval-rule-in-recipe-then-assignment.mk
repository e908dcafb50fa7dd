# An assignment after a rule `$(eval)`ed from a recipe ends the rule: the error comes
# before the assignment is made (its `:=` would print).
define E
x: y
X := $$(info assigned)
endef
all:
	$(eval $(E))@echo never [$(X)]
