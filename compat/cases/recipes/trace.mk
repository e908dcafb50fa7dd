# --trace prints why each target is remade and shows silent lines.
#| known-difference: --trace lines are not printed yet
#| args: --trace
all: dep
	@echo all
dep:
	@echo dep
