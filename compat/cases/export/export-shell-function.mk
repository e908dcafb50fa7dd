# Exported variables are NOT passed to $(shell) in 4.3 (only the inherited environment is).
export MINE = x
$(info shell sees [$(shell echo $$MINE)])
all:
	@echo recipe sees [$$MINE]
