# An included makefile with a rule to make it is generated, then make restarts (manual 3.5).
cat > Makefile <<'M'
$(info reading, MAKE_RESTARTS=$(MAKE_RESTARTS))
include gen.mk
gen.mk:
	@echo creating gen.mk
	@echo 'GENERATED = yes' > gen.mk
all: ; @echo GENERATED=$(GENERATED)
.DEFAULT_GOAL := all
M
make; echo "exit=$?"
make; echo "exit=$?"
