# Under 99 s the distance is printed with two significant digits (whole seconds here, so a
# loaded machine's delay between the two runs cannot change the text; decimals are unit-tested).
printf 'all: a\n\t@echo built\n' > Makefile
touch -d '+50 sec' a
make all; echo "exit=$?"
touch -d '+20.3 sec' a
make all; echo "exit=$?"
