# the rest of the value from the word GNU does not know is named
#| args: --debug=,b
all: ; @echo all
