#| args: -rR -p -q
#| normalise: database
# export and unexport of global variables (the dump shows values and origins, not the flag).
export EXPORTED = yes
UNEXPORTED = no
unexport UNEXPORTED
export LATER
LATER := later
export A B
A = a
unexport HOME
all: ; @:
