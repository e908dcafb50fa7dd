# An option missing its required argument (-f, -C at the end of the line).
echo 'all: ; @echo never' > Makefile
make -f > out 2>&1; echo "exit=$?"; head -2 out
make -C > out 2>&1; echo "exit=$?"; head -2 out; rm out
