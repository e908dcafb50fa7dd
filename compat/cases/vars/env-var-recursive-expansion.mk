# Environment values are recursive variables: a $(...) inside one is expanded by make.
#| env: ENVREF=$(INNER)-suffix
INNER = inner
$(info [$(ENVREF)] $(flavor ENVREF) $(origin ENVREF))
all: ; @:
