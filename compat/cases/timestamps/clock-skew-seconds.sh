# Under 99 s the distance is printed with two significant digits (the times leave ~0.1 s
# of slack for a slow machine).
printf 'all: a\n\t@echo built\n' > Makefile
touch -d '+50 sec' a
make all; echo "exit=$?"
touch -d '+8.09 sec' a
make all; echo "exit=$?"
