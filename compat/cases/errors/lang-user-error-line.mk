# user error line
x = 1

$(error custom message)
all: ; @:
