# override
#| args: X=cli
override define X
file
endef
$(info $(X) $(origin X))
all: ; @:
