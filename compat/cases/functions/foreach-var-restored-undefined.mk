# After $(foreach), a loop variable that was undefined before is undefined again.
x := $(foreach lv,a b,$(lv))
$(info [$(x)] origin=$(origin lv))
all: ; @:
