# .EXTRA_PREREQS go to targets only: the makefile, which no rule names, gets none while the
# makefiles are remade (and `make Makefile` has nothing to do).
cat > Makefile <<'MK'
.EXTRA_PREREQS = tool
all: a ; @echo all: ^=[$^]
a: ; @echo a
tool: ; @echo tool
MK
make; echo "exit=$?"
make Makefile; echo "exit=$?"
