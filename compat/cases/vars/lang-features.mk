# features
$(if $(filter else-if,$(.FEATURES)),$(info has else-if))
all: ; @:
