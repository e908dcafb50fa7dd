# -t with a missing prerequisite that has a rule: both are touched, in order.
touch -d '2020-01-01 00:00:00' src
printf 'out: mid\n\t@echo build out\nmid: src\n\t@echo build mid\n' > Makefile
make -t; echo "exit=$?"
ls
