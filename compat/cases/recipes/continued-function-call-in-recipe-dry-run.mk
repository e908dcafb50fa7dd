#| args: -n all c_defconfig
# Under -n the echoed command shows the joined reference; continuations outside references
# stay in the command (and echo), and a missing config reaches $(error).
CONFIGS := a_defconfig b_defconfig
all: b_defconfig
	echo one \
	two $(subst o,0,\
	  foo \
	  boo) three \
	four
%_defconfig:
	@echo defconfig=$(or \
	  $(firstword $(foreach c,$(CONFIGS),$(if $(filter $@,$(c)),cfg/$(c)))), \
	  $(error no such defconfig $@))
