# A recursive user function via $(call) (manual 8.8 map example).
map = $(foreach a,$(2),$(call $(1),$(a)))
up = $(subst a,A,$(1))
$(info $(call map,up,abc bad))
all: ; @:
