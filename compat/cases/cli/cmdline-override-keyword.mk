# "override" given as a command-line assignment? Words with spaces/override are goals. Check.
#| args: 'override V=x' all
all: ; @echo V=[$(V)]
