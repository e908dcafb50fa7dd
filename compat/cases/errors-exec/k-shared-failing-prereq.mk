# -k with a failing prerequisite shared by two goals: it is tried once and both goals are not remade.
#| args: -k g1 g2
g1 g2: bad ; @echo $@
bad: ; @echo trying bad; exit 1
