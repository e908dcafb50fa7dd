# -I DIR adds a directory searched for include files; .INCLUDE_DIRS shows it first.
mkdir incdir
echo 'V = from incdir' > incdir/x.mk
cat > Makefile <<'M'
include x.mk
all: ; @echo V=$(V) list=$(MAKEFILE_LIST) dirs=$(firstword $(.INCLUDE_DIRS))
M
make; echo "exit=$?"
make -I incdir; echo "exit=$?"
make --include-dir=incdir; echo "exit=$?"
