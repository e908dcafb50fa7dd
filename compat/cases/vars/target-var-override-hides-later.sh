# After `override` on a target- or pattern-specific variable, later plain assignments (=, +=,
# ?=, :=) to it for the same target or pattern are ignored, as GNU's variable set keeps the
# higher origin; their `export` still marks the variable. `override +=` still appends.
cat > Makefile <<'MK'
V = g
all: a b.o c
a: override V = one
a: V = two
a: V += three
a: override V += four
%.o: override W = one
%.o: W = two
%.o: W ?= q
%.o: export W := three
c: V := x
c: override V += y
c: V += z
a b.o c: ; @echo "$@ [$(V)] [$(W)] [$$W]"
MK
make; echo "exit=$?"
make V=cmd; echo "exit=$?"
