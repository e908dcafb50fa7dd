# A pattern prerequisite that doesn't exist but is a target of an explicit rule "ought to exist", so the rule applies.
all: p.out ; @:
%.out: %.mid ; @echo '$@ from $<'
p.mid: ; @echo explicit p.mid
