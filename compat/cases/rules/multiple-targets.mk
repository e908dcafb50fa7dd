# A rule with several targets is like one rule per target; $@ differs (manual 4.10).
all: a b
a b: ; @echo making $@
