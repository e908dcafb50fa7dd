# An archive member whose archive is found through vpath is renamed with it: lib(foo)
# becomes artest/lib(foo) ($@ artest/lib, $< the full name), so a second run finds the
# member up to date.
mkdir artest
touch -d '2019-01-01 00:00' foo.vhd
cat > Makefile <<'MK'
DIR = artest
vpath % $(DIR)
default: lib(foo)
(%): %.vhd ; @echo "[$@] [$%]"; cd $(DIR) && touch -d '2020-01-01 00:00' $(*F) && $(AR) $(ARFLAGS) $@ $(*F) >/dev/null 2>&1 && rm $(*F)
.PHONY: default
MK
make AR=ar ARFLAGS=Urv; echo "rc=$?"
make AR=ar ARFLAGS=Urv; echo "rc=$?"
printf 'vpath %% artest\nall: lib(foo) lib(bar) ; @echo "[$^] [$<]"\nlib(bar): ; @echo "make $@ $%%"\n' > Makefile
make; echo "rc=$?"
