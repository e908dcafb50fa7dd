# $$ survives a := assignment as a single $, and a later expansion does not re-expand it.
x := $$(not-a-ref)
y = $(x)
$(info [$(x)] [$(y)] [$(value x)])
all: ; @:
