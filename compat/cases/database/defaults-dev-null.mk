#| args: -p -f /dev/null
#| normalise: database
# The whole built-in data base: default variables, the built-in implicit and suffix rules, the
# default .SUFFIXES; GNU reports "No targets" after printing it.
