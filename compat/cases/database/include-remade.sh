#| normalise: database
# An included makefile that make has to create first: the first make prints its data base before
# re-executing, the restarted one prints another with MAKE_RESTARTS.
cat > Makefile <<'MK'
include gen.mk
gen.mk:
	@echo 'GENERATED = yes' > $@
all: ; @echo $(GENERATED)
MK
make -rR -p all; echo "exit=$?"
