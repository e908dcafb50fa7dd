# error in recipe line location
all:
	@echo a
	@echo $(error boom)

x = 1
