# $(if): the condition is stripped BEFORE expansion, so a variable holding one space is true; only empty is false (manual 8.4).
e =
sp = $(e) $(e)
$(info [$(if x,yes,no)] [$(if $(e),yes,no)] [$(if $(sp),yes,no)] [$(if ,yes)] [$(if x,yes)])
all: ; @:
