# A makefile named twice is one goal: its recipe runs once. When a missing one cannot be
# made, the error names its newest include line, even a -include one (GNU searches its list
# of makefiles, newest first).
cat > Makefile <<'MK'
include gen.mk gen.mk
gen.mk: ; @echo making $@; echo 'G := yes' > $@
all: ; @echo all G=$(G)
MK
make all; echo "exit=$?"
cat > Makefile <<'MK'
include missing.mk missing.mk
include other.mk
-include other.mk
missing.mk: ; @echo making $@
all: ; @echo all
MK
make all; echo "exit=$?"
