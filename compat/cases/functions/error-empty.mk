# $(error) with empty text still stops: "Makefile:N: *** .  Stop."
$(error )
all: ; @:
