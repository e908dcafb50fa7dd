# an empty --debug= value is an option error
#| known-difference: usage after a command-line error ends with xmake's bug-report line, not GNU's bug-make@gnu.org (first line identical)
#| args: --debug=
all: ; @echo all
