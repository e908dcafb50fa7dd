# $(call) binds $(1).. and $(0) to the function name (manual 8.8).
reverse = $(2) $(1)
name = I am $(0) with [$(1)] [$(3)]
$(info [$(call reverse,a,b)] [$(call name,x)])
all: ; @:
