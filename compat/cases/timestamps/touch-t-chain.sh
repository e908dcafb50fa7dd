# -t touches every out-of-date target in a chain, in order.
printf 'top: mid\n\techo top\nmid: src\n\techo mid\n' > Makefile
touch -d '2020-01-01 00:00:00' top mid
touch -d '2020-01-02 00:00:00' src
make -t; echo "exit=$?"
make; echo "exit=$?"
