# $(value) returns the unexpanded value (manual 8.9).
FOO = $PATH-$(BAR)
$(info [$(value FOO)] [$(value nothere)])
all: ; @:
