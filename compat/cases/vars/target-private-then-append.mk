# Each target-specific line sets `private` from its own modifiers: after `private P := x`, a
# plain `P += y` makes P inherited again (with its whole value); the reverse hides it.
V := now
all: t s
t: private P := priv
t: P += $(V)
t: u
t: ; @echo 't P=[$(P)] $(origin P)'
u: ; @echo 'u P=[$(P)]'
s: Q := open
s: private Q += $(V)
s: r
s: ; @echo 's Q=[$(Q)]'
r: ; @echo 'r Q=[$(Q)]'
V := later
