# Under -k a makefile that cannot be remade gives "Failed to remake makefile" (not "not
# remade because of errors") after the makefiles' phase; the goals are still made and the
# exit status is 2.
cat > Makefile <<'MK'
include b.mk
-include opt.mk
include gen.mk
gen.mk: stamp ; @echo making $@
opt.mk: stamp2 ; @echo making $@
all: ; @echo all
MK
make -k all; echo "exit=$?"
make -k; echo "exit=$?"
# The same makefile -include'd earlier (and failed for real since) stays failed quietly.
cat > Makefile <<'MK'
sinclude gen.mk
include gen.mk
gen.mk: stamp ; @echo making $@
all: ; @echo all
MK
make -k; echo "exit=$?"
