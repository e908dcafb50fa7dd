# error in pattern recipe location
%.x:
	@echo $(error in pattern $@)

all: a.x
