# $(eval) defining variables and rules from a template (manual 8.10).
define PROG_template
$(1): ; @echo building $$@ from $(2)
ALL += $(1)
endef
$(foreach p,one two,$(eval $(call PROG_template,$(p),$(p).src)))
all: $(ALL)
	@echo ALL=$(ALL)
.DEFAULT_GOAL := all
