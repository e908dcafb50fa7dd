# -k with two missing prerequisites: each is reported, then the summary.
#| args: -k
all: m1 m2 ok ; @echo never
ok: ; @echo ok
