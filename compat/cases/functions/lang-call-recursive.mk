# call recursive
rev = $(if $(1),$(call rev,$(wordlist 2,$(words $(1)),$(1))) $(firstword $(1)))
$(info $(strip $(call rev,a b c d)))
all: ; @:
