# Text read by $(eval) sees the local variables around it: $(call) arguments and the
# $(foreach) variable, in assignments, undefine, target-specific values and conditionals.
drop = $(eval undefine $$1)$(eval got_$$1 := $$2)
gone := here
$(call drop,gone,yes)
$(info [$(flavor gone)] [$(got_gone)])
w := outer
define one
job_$(w): w := $(w)
job_$(w): ; @echo "$@ $(w) $$(words $$(w))"
ifeq ($(w),in2)
second := seen $(w)
endif
endef
$(foreach w,in1 in2,$(eval $(value one)))
$(info [$(second)] [$(w)])
all: job_in1 job_in2
