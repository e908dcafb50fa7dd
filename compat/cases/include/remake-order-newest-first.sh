# Makefiles are remade newest-read first; a pattern rule and a match-anything rule with a
# prerequisite remake makefiles too, existing ones included.
cat > Makefile <<'MK'
-include a.mk
-include b.mk
include c.mk
%.mk: ; @echo pattern $@
%: force ; @echo anything $@
force: ;
all: ; @echo all
MK
make; echo "exit=$?"
make -f Makefile all; echo "exit=$?"
