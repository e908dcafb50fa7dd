# --debug=n switches every level off again (no banner), -d is the letter d in MAKEFLAGS
#| args: -d --debug=n -s
all: ; @echo 'MF=$(MAKEFLAGS)'
