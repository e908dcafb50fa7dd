# The whole recipe is expanded before the first line runs (so $(info) lines print first).
all:
	@echo line one
	$(info expanded early)@echo line two
