# Several target-specific += lines for one target accumulate in order.
V = base
t: V += one
t: V += two
t: ; @echo [$(V)]
