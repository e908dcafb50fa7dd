#| args: -rR -p -i
#| normalise: database
# -i: a failing recipe is ignored and the target counts as updated.
all: bad ; @echo after
bad: ; @exit 1
