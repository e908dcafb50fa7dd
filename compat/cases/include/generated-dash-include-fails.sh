# -include of a file whose rule fails: 4.3 ignores the failure silently and carries on (exit 0).
#| known-difference: a -include'd makefile whose rule fails: xmake prints the recipe error GNU make keeps quiet
cat > Makefile <<'M'
-include gen.mk
gen.mk:
	@echo trying; exit 1
all: ; @echo all ran
.DEFAULT_GOAL := all
M
make; echo "exit=$?"
