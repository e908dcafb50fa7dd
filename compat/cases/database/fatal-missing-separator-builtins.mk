#| args: -p -q
#| normalise: database
# The same fatal error with the built-in rules and variables in place.
X = 1
oops
