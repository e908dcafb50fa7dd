# A prerequisite whose recipe updates it makes an up-to-date-looking target rebuild.
touch -d '2020-01-01 00:00:00' src
touch -d '2020-01-03 00:00:00' out
touch -d '2020-01-02 00:00:00' mid
printf 'out: mid\n\t@echo rebuild out\nmid: src\n\t@echo remake mid; touch mid\n' > Makefile
make; echo "exit=$?"
touch -d '2020-01-04 00:00:00' src
make; echo "exit=$?"
