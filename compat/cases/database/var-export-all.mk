#| args: -rR -p -q
#| normalise: database
#| env: FROMENV=env
# export with no names and .EXPORT_ALL_VARIABLES.
export
.EXPORT_ALL_VARIABLES:
X = x
all: ; @:
