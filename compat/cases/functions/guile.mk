# No Guile in this 4.3 build: $(guile (+ 1 2)) is a variable reference whose name ends at the first ')', leaving ")".
$(info [$(guile (+ 1 2))] [$(filter guile,$(.FEATURES))])
all: ; @:
