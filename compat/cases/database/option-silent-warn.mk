#| args: -rR -p -s --warn-undefined-variables -w
#| normalise: database
# -s, --warn-undefined-variables and -w in MAKEFLAGS, the directory lines -w adds.
all: ; @echo $(UNDEFINED)ran
