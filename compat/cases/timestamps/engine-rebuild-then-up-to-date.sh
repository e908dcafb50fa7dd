printf 'out: in\n\tcp in out\n' > Makefile
echo 1 > in
make
make
sleep 0.02
echo 2 > in
make
cat out
