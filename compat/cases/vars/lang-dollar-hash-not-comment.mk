# dollar hash not comment
x = $#y
$(info [$(x)])
all: ; @:
