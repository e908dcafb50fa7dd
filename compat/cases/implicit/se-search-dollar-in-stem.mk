# A stem holding a $ (target foo$$bar): the % in a second-expanded word is the stem as it
# is, not expanded again; $$* too.
.SECONDEXPANSION:
foo$$bar:
f%r: % $$*.1 $$(subst oo,0o,%) ; @echo '$* $^'
oo$$ba oo$$ba.1 0o$$ba: ; @echo '$@'
