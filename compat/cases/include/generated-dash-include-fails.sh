# -include of a file whose rule fails: 4.3 ignores the failure silently and carries on (exit 0).
cat > Makefile <<'M'
-include gen.mk
gen.mk:
	@echo trying; exit 1
all: ; @echo all ran
.DEFAULT_GOAL := all
M
make; echo "exit=$?"
