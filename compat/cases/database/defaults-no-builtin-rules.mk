#| args: -r -p -f /dev/null
#| normalise: database
# -r: no implicit rules and an empty .SUFFIXES, but the default variables stay.
