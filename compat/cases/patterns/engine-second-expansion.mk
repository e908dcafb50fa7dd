.SECONDEXPANSION:
all: a.x
a.x: $$(patsubst %.x,%.dep,$$@)
	@echo $@ needs $^
a.dep:
	@echo dep
