# GNU make 4.3 built without guile: $(guile ...) is a variable reference
$(info [$(guile (+ 1 2))])
all: ; @:
