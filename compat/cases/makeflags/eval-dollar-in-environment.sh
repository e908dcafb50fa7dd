# An --eval text travels in MAKEFLAGS with its `$` doubled (the environment shows `$$`),
# the makefile's $(MAKEFLAGS) gives the same, and a sub-make evaluates the text again.
printf '$(info reading [$(MAKEFLAGS)])\nall: ; @echo "env=$$MAKEFLAGS"\nsub: ; @$(MAKE) --no-print-directory all\n' > Makefile
make -s --eval='$(info said $(words a b))' all sub; echo "rc=$?"
MAKEFLAGS=' --eval=$$(info\ from\ env)' make -s all; echo "rc=$?"
