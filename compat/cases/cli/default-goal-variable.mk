# Setting .DEFAULT_GOAL selects the goal; it can be read and reset (manual 6.14).
$(info start=[$(.DEFAULT_GOAL)])
one: ; @echo one
$(info after-one=[$(.DEFAULT_GOAL)])
.DEFAULT_GOAL := two
two: ; @echo two
