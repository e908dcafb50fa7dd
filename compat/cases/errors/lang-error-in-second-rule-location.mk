# error in second rule location
a:
	@echo a
all: a
	@echo $(error second)

y = 2
