# A missing included makefile first needed (silently) by a -include'd one is reported with
# that first parent: "needed by" names the file that needed it first, as GNU records it.
cat > b.mk <<'MK'
include a.mk
MK
cat > Makefile <<'MK'
-include b.mk
-include gen.mk
gen.mk: a.mk ; @echo making $@
all: ; @echo all
MK
make all; echo "exit=$?"
