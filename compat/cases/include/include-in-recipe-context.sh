# Variables defined in an included file are usable in recipes; rules there can be the default goal.
echo 'first: ; @echo first from include' > rules.mk
cat > Makefile <<'M'
include rules.mk
second: ; @echo second
M
make; echo "exit=$?"
