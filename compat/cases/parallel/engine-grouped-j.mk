#| args: -j3
all: x y
x y &:
	@echo once
