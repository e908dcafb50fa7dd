# A makefile whose recipe runs but leaves it unchanged causes no restart and no error, and
# as the default goal it is then up to date; an existing makefile with a rule and no
# prerequisites is not remade.
cat > Makefile <<'MK'
include never.mk
$(info restarts=[$(MAKE_RESTARTS)])
never.mk: ; @echo pretending to make $@
Makefile: ; @echo checking $@
all: ; @echo all
MK
make; echo "exit=$?"
