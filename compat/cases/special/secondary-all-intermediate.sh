# `.SECONDARY:` without prerequisites makes every file secondary, so a missing prerequisite
# is treated like an intermediate file: not remade while the target is newer than its own
# prerequisites, and kept when it is made.
touch -d '2020-01-01' a.c all
printf '.SECONDARY:\nall: a.o\n\techo all\na.o: a.c\n\techo cc; touch $@\n' > Makefile
make -n; echo "exit=$?"
make; echo "exit=$?"
printf '.SECONDARY:\nall: a.o\n\techo all\n%%.o: %%.c\n\techo cc; touch $@\n' > Makefile
make; echo "exit=$?"
rm -f all a.o
make; echo "exit=$?"
ls
