# An ambiguous abbreviated long option is an error.
echo 'all: ; @echo never' > Makefile
make --no > out 2>&1; echo "exit=$?"; head -2 out; rm out
