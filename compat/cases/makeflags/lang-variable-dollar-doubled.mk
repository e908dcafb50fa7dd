# variable dollar doubled
#| args: 'A=$$x'
all: ; @echo '[$(value MAKEFLAGS)]' '[$(value -*-command-variables-*-)]'