# Pattern rules find prerequisites through vpath.
mkdir src; touch src/m.c
cat > Makefile <<'M'
vpath %.c src
%.o: %.c
	@echo $< to $@
all: m.o
M
make; echo "exit=$?"
