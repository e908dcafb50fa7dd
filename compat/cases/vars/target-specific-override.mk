# A command-line variable beats a target-specific one unless "override" is used.
#| args: V=cli W=cli
t: V = ts
t: override W = ts
t: ; @echo V=$(V) W=$(W)
