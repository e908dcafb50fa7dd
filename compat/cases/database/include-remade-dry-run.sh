#| normalise: database
# Under -n and -q GNU make still runs the recipes that remake an included makefile (what
# bash-completion's `make -npq` relies on and trips over), then re-executes: two data bases.
for flags in -npq -n -q; do
  rm -f gen.mk
  cat > Makefile <<'MK'
include gen.mk
gen.mk:
	@echo 'GENERATED = yes' > $@
	@echo 'generated-target: ; @echo made' >> $@
all: ; @echo $(GENERATED) $(MAKE_RESTARTS)
MK
  make -rR -p $flags all; echo "exit=$?"
  ls
done
