#| args: -r -p -f /dev/null -q
#| known-difference: -p database dump is not implemented by the engine
