# --trace prints why each target is remade and shows silent lines.
#| args: --trace
all: dep
	@echo all
dep:
	@echo dep
