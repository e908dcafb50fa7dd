# $(error) stops make with "Makefile:N: *** text.  Stop." and status 2 (manual 8.14).
$(info before)
$(error something  bad , here)
$(info after)
all: ; @:
