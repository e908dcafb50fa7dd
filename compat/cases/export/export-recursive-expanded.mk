# An exported recursive variable is expanded when the recipe runs (with target-specific values).
export MSG = hello $(WHO)
WHO = world
all: WHO = target
all:
	@echo "$$MSG"
