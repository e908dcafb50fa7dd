# A goal given as ./name matches the rule for name.
#| args: ./t
t: ; @echo made $@
