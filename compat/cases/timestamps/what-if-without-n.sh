# -W FILE without -n really runs recipes depending on FILE.
printf 'out: in\n\t@echo rebuild out\n' > Makefile
touch -d '2020-01-01 00:00:00' in
touch -d '2020-01-02 00:00:00' out
make -W in; echo "exit=$?"
