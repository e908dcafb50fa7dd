# Under .SECONDEXPANSION a quoted colon in the prerequisites is a colon by the second
# expansion: $$(@\:%=%.bar) is the substitution reference $(@:%=%.bar).
cat > Makefile <<'MK'
.PHONY: foo.bar
.SECONDEXPANSION:
foo: $$(@\:%=%.bar); @echo '$^'
x.y: $$(@\:.y=.z) ; @echo '$^'
%.q: $$(*\:%=%.r) ; @echo '$^'
a\:b: ; @echo '$@'
x.z r.r: ; @:
MK
for t in foo x.y r.q 'a:b'; do make "$t"; echo "rc=$?"; done
