# "include" with no names (or an empty expansion) is allowed and does nothing.
cat > Makefile <<'M'
NONE =
include $(NONE)
include
all: ; @echo fine
M
make; echo "exit=$?"
