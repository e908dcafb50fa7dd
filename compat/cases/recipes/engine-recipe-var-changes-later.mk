V = early
all:
	@echo $(V)
V = late
