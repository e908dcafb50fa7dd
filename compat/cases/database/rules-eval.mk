#| args: -rR -p -q
#| normalise: database
# Rules and variables created by $(eval) record the line of the eval.
define RULE
$(1): ; @echo $(1)
$(1)_VAR = $(1)
endef
$(foreach t,alpha beta,$(eval $(call RULE,$t)))
all: alpha beta
