# Including a directory is an error.
mkdir d
cat > Makefile <<'M'
include d
all: ; @echo all
M
make; echo "exit=$?"
