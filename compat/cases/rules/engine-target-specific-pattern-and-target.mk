%.x: V = pattern
a.x: V = target
all: a.x b.x
a.x b.x:
	@echo $@ $(V)
