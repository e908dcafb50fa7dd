# Target-specific != runs the shell once at parse time (4.3).
t: V != echo from-shell
t: ; @echo V=$(V)
