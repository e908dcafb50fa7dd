# eval conditional
#| args: X=1
$(eval ifdef X
Y = set
endif)
$(info [$(Y)])
all: ; @:
