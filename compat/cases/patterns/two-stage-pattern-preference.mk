# Between a direct rule with a missing source and a chain through an existing one, make finds the chain.
#| setup: touch q.a
all: q.c ; @:
%.c: %.b ; @echo '$@ from $<'
%.b: %.a ; @echo '$@ from $<'
