#| normalise: database
# Included makefiles: MAKEFILE_LIST, "from 'inc.mk', line N" locations, the included files'
# own entries, and a missing -include.
cat > inc.mk <<'MK'
INCVAR = from include
inc-target:
	@echo in include
MK
cat > Makefile <<'MK'
include inc.mk
-include missing.mk
all: inc-target
	@echo $(INCVAR)
MK
make -rR -p -q; echo "exit=$?"
