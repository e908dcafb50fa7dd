#| args: -p
#| normalise: database
# In the data base, a target-specific variable carries the flags of its last line.
t: private P := priv
t: P += more
t: export E := e
t: E += more
t: ; @:
