V = g
all: V += t
all:
	@echo $(V)
