# -k with a missing deep prerequisite: the chain reports target not remade.
#| args: -k
all: top other
top: mid ; @echo top
mid: nothere ; @echo mid
other: ; @echo other
