# A -include'd makefile whose recipe fails is silent until something needs it (then "No
# rule"); an included one whose recipe fails stops make, after naming its include line.
cat > Makefile <<'MK'
-include opt.mk
include req.mk
opt.mk: ; @echo trying $@; exit 1
req.mk: ; @echo making $@; echo 'R := yes' > $@
all: ; @echo all R=$(R)
MK
make; echo "exit=$?"
cat > Makefile <<'MK'
include req2.mk
-include opt2.mk
req2.mk: ; @echo trying $@; exit 1
opt2.mk: ; @echo making $@
all: ; @echo all
MK
make; echo "exit=$?"
