#| args: p q r
# A target-specific variable's name is expanded with that target's variables so far, one
# line may name different variables for different targets, and a `;` in the value (with a
# continuation after it) is part of the value, joined like any variable line.
W = glob
p: W = mine
p q: K_$(W) = set
p q r: ; @echo "$@ [$(K_mine)] [$(K_glob)] [$(S)]"
r: S = one;\
   two
