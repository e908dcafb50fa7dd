# When only variable assignments are given, the default goal runs.
#| args: X=1
all: ; @echo X=$(X) goals=[$(MAKECMDGOALS)]
