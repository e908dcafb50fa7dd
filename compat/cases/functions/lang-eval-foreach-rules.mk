# eval foreach rules
T = a b
$(foreach t,$(T),$(eval $(t): ; @echo $(t)))
all: a b