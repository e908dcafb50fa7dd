# Target-specific values flow down a chain a -> b -> c; c's own value wins for c and is not seen by b.
a: V = from-a
c: V = from-c
a: b ; @echo a V=$(V)
b: c ; @echo b V=$(V)
c: ; @echo c V=$(V)
