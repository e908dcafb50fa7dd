# A target-specific value is not visible at parse time, only in recipes.
t: V = target
V = global
$(info parse V=$(V))
t:
	@echo recipe V=$(V)
