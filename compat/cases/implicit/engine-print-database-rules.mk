#| args: -r -p -f /dev/null -q
#| normalise: database
#| known-difference: -p database dump is not implemented by the engine
