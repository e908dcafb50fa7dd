# -j3 -k: ok1 runs first, bad fails, so ok2 and all (which need bad) are not made.
#| args: -j3 -k
all: ok2 ; @echo all
ok2: ok1 bad ; @echo ok2
ok1: ; @echo ok1
bad: ok1 ; @exit 1
