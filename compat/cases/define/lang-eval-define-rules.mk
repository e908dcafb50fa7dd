# eval define rules
define RULE
$(1):
	@echo building $(1)
endef
$(foreach t,x y,$(eval $(call RULE,$(t))))
all: x y