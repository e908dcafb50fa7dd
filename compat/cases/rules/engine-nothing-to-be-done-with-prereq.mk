all: x
x:
