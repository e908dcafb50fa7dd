#| args: -rR -p -q
#| normalise: database
# Target names with an escaped colon, a percent sign and a dollar sign.
all: a\:b 100\%.txt cost$$
a\:b: ; @:
100\%.txt: ; @:
cost$$: ; @:
