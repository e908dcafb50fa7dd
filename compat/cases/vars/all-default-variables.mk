# Every variable whose origin is "default" (except .VARIABLES, whose order is hash-table order), with its unexpanded value: the built-in variable table of 4.3.
$(foreach v,$(sort $(filter-out .VARIABLES,$(.VARIABLES))),$(if $(filter default,$(origin $(v))),$(info $(v) = $(value $(v)))))
all: ; @:
