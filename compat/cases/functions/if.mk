# $(if) treats only the empty string as false, after stripping; else-part optional (manual 8.4).
e =
sp = $(e) $(e)
$(info [$(if x,yes,no)] [$(if $(e),yes,no)] [$(if $(sp),yes,no)] [$(if ,yes)] [$(if x,yes)])
all: ; @:
