# ifdef unexpanded value
x = $(empty)
ifdef x
$(info x-defined)
endif
all: ; @:
