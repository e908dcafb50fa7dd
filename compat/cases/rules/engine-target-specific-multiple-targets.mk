a b: V = both
all: a b
a b:
	@echo $@ $(V)
