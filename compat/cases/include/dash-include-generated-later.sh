# -include of a file that a rule can create: it is built and make restarts, even with the dash.
cat > Makefile <<'M'
-include deps.mk
deps.mk:
	@echo 'DEPS = generated' > $@
all: ; @echo DEPS=$(DEPS)
.DEFAULT_GOAL := all
M
make; echo "exit=$?"
