# An error raised by text passed to $(eval) reports the eval's line.
$(info ok)
$(eval x = 1)
$(eval $(error from eval))
all: ; @:
