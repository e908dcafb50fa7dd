# an empty --debug= value is an option error
#| args: --debug=
all: ; @echo all
