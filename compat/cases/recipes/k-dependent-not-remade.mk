# With -k, targets depending on a failed one are not remade: "Target ... not remade because of errors".
#| args: -k
all: top other
top: bad ; @echo top
bad: ; @exit 1
other: ; @echo other
