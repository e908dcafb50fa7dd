# ifneq with empty values and the common "is set" idiom.
e =
ifneq ($(e),)
$(info set)
else
$(info empty)
endif
ifeq ($(strip $(e)),)
$(info strip-empty)
endif
all: ; @:
