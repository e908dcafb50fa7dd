# $(error) during parsing: message format "Makefile:N: *** msg.  Stop." and exit 2.
ifndef REQUIRED
$(error REQUIRED is not set)
endif
all: ; @:
