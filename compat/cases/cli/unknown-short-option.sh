# An unknown short option: the first lines of the message (usage text cut) and exit status 2.
echo 'all: ; @echo never' > Makefile
make -Z > out 2>&1; echo "exit=$?"; head -2 out; rm out
