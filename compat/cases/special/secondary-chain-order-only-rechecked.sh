# A missing intermediate's prerequisites are checked against the target also through
# existing .SECONDARY files (test.2 exists, test.0 is newer: test.1 test.2 test.int test.4
# are remade), and an order-only intermediate prerequisite (test.3's test.2) never makes
# its target out of date; serial and -j.
cat > Makefile <<'MK'
.SECONDARY : test.1 test.2 test.3

test : test.4

%.4 : %.int %.3 ; touch $@

%.int : %.3 %.2 ; touch $@

%.3 : | %.2 ; touch $@

%.2 : %.1 ; touch $@

%.1 : %.0 ; touch $@
MK
# Every file made so far gets time $1, then the named ones $1 + 10.
age() { t=$1; shift; touch -d @$t test.*; touch -d @$((t + 10)) "$@"; }
touch test.0
make -rR -j 2; echo "rc=$?"
age 1700000000 test.0
make -rR -j 2; echo "rc=$?"
age 1700000100 test.0 test.3
make -rR -j 2; echo "rc=$?"
age 1700000200 test.0
make -rR; echo "rc=$?"
