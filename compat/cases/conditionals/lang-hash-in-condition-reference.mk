# hash in condition reference
ifeq ($(subst #,,a#),a) # comment
$(info yes)
endif
all: ; @:
