# A file in the current directory wins over one in a -I directory.
mkdir inc
echo 'V = cwd' > x.mk
echo 'V = inc' > inc/x.mk
cat > Makefile <<'M'
include x.mk
all: ; @echo V=$(V)
M
make -I inc; echo "exit=$?"
