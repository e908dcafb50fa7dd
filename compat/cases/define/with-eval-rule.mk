# A rule created by $(eval $(call ...)) before "all" becomes the default goal (first target wins).
define rule
$(1).out:
	@echo making $$@ > $$@
endef
$(eval $(call rule,alpha))
all: alpha.out
	@cat alpha.out
