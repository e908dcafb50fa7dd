# -q reports out-of-date-ness through a chain without running anything.
printf 'top: mid\n\techo top\nmid: src\n\techo mid\n' > Makefile
touch -d '2020-01-01 00:00:00' src
touch -d '2020-01-02 00:00:00' mid
touch -d '2020-01-03 00:00:00' top
make -q; echo "exit=$?"
touch -d '2020-01-04 00:00:00' src
make -q; echo "exit=$?"
make -q mid; echo "exit=$?"
