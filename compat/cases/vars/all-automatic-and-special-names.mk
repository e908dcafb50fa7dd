# Which non-default, non-environment variables exist in an empty makefile (names and origins only).
$(foreach v,$(sort $(.VARIABLES)),$(if $(filter-out default environment,$(origin $(v))),$(info $(v): $(origin $(v)))))
all: ; @:
