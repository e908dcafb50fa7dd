# A function call spread over backslash-continued recipe lines (as in Kbuild-style
# %_defconfig recipes): GNU joins the continuation inside the reference with one space.
CONFIGS := a_defconfig b_defconfig
all: a_defconfig
	@echo x$(subst a,b,\
	aaa)y
	@echo "${strip   \
	    a    \
	    b  }|"
%_defconfig:
	@echo defconfig=$(or \
	  $(firstword $(foreach c,$(CONFIGS),$(if $(filter $@,$(c)),cfg/$(c)))), \
	  $(error no such defconfig $@))
