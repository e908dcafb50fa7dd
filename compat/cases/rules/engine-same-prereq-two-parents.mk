all: a b
a: common
	@echo a
b: common
	@echo b
common:
	@echo common
