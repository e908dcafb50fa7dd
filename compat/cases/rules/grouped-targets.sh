# Grouped targets (&:) are made by one recipe invocation (manual 4.10).
cat > Makefile <<'M'
all: a b
a b &:
	@echo once for $@
	touch a b
M
make; echo "exit=$?"
make; echo "exit=$?"
