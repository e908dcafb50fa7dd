# After MAKEFLAGS += s in the makefile, what $(MAKEFLAGS) shows at parse time and in the recipe.
MAKEFLAGS += s
$(info parse=[$(MAKEFLAGS)])
all:
	@echo recipe=[$(MAKEFLAGS)]
