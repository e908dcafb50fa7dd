# Without &:, "a b:" runs the recipe once per target.
cat > Makefile <<'M'
all: a b
a b:
	@echo run for $@
	touch a b
M
make; echo "exit=$?"
