# An empty target file records the time of the last run (manual 4.8 "Empty Target Files").
printf 'print: a b\n\t@echo changed: $?\n\t@touch print\n' > Makefile
touch -d '2020-01-01 00:00:00' a b
make; echo "exit=$?"
touch -d '2020-01-01 00:00:00' print
touch -d '2020-01-02 00:00:00' b
make; echo "exit=$?"
