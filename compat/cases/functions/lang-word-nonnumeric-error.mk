# word nonnumeric error
$(info $(word x,a))
all: ; @:
