#| args: -rR -p
#| normalise: database
# A normal run: automatic variables recorded per file after its recipe ran.
all: out/a.txt b.txt | order
	@echo making $@ from $^ and $|
out/a.txt: ; @echo $(@D) $(@F)
b.txt: ; @echo $@
order: ; @echo order
.PHONY: all out/a.txt b.txt order
