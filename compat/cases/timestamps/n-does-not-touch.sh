# -n leaves the target untouched: a second -n prints the same commands again.
printf 'out: in\n\ttouch out\n' > Makefile
touch -d '2020-01-01 00:00:00' in
make -n; echo "exit=$?"
make -n; echo "exit=$?"
ls
