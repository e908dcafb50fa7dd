# missing long argument
#| known-difference: usage after a command-line error ends with xmake's bug-report line, not GNU's bug-make@gnu.org (first line identical)
#| args: --file
all: ; @: