#| args: -r -p -f /dev/null -q
#| normalise: database
