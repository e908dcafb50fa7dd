# .FEATURES lists optional features of this make (manual 6.14); compared word by word.
$(info $(sort $(.FEATURES)))
$(info $(filter target-specific order-only second-expansion else-if undefine oneshell grouped-target,$(.FEATURES)))
all: ; @:
