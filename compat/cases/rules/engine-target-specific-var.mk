all: V = target
all:
	@echo $(V)
V = global
