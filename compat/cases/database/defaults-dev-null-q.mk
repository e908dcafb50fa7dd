#| args: -p -q -f /dev/null
#| normalise: database
# The built-in data base under -q (MAKEFLAGS and MFLAGS show the q).
