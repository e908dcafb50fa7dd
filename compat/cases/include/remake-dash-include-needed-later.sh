# A -include'd makefile whose prerequisite has no rule fails silently; when the same file is
# needed again (included for real, or as the goal), GNU reports the prerequisite, naming the
# newest include line of the makefile.
cat > Makefile <<'MK'
include gen.mk
sinclude gen.mk
gen.mk: stamp ; @echo making $@
all: ; @echo all
MK
make all; echo "exit=$?"
cat > Makefile <<'MK'
-include gen.mk
gen.mk: stamp ; @echo making $@
opt.mk: ; @exit 1
-include opt.mk
all: ; @echo all
MK
make -n; echo "exit=$?"
make all; echo "exit=$?"
