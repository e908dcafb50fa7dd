# $(eval) inside foreach and call sees their variables: `+=` appends to the local value (in its
# flavour) and defines the global; `?=` finds the local one defined and does nothing.
x = global
$(foreach x,one two,$(eval x += [$(x)]))
$(info x=$(x) flavor=$(flavor x) origin=$(origin x))
$(foreach y,one,$(eval y ?= set))
$(info y=$(origin y))
z := before
$(foreach z,w,$(eval z ?= set))
$(info z=$(z))
f = $(eval 1 += more)$(eval 2 ?= never)
$(call f,arg)
$(info 1=$(1) flavor=$(flavor 1) 2=$(origin 2))
$(foreach e,,$(eval e += none))
$(info e=$(origin e))
$(foreach v,w,$(eval v +=))
$(info v=[$(v)] $(flavor v))
$(foreach o,w,$(eval override o += ov))
$(info o=$(o) $(origin o))
all: t u
t: tv = target
t:
	@echo '$(eval tv += more)'in t: $(tv)
u:
	@echo in u: $(tv) $(flavor tv)
