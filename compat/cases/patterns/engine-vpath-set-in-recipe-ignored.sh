# GNU builds its VPATH search list once the makefiles are read: a VPATH set later by
# $(eval) in a recipe is a variable like any other and searches nothing.
mkdir -p d && touch d/src.c
cat > Makefile <<'MK'
all: a b
a: ; @echo a $(eval VPATH=d)
b: src.c ; @echo b $< $(VPATH)
MK
make; echo "rc=$?"
cat > Makefile <<'MK'
VPATH = d
all: a b
a: ; @echo a $(eval VPATH=)
b: src.c ; @echo b $< [$(VPATH)]
MK
make; echo "rc=$?"
