# A command-line goal is in GNU make's file table, so an implicit rule whose prerequisite is
# that goal "ought to exist" applies (and then fails for want of a rule for the goal).
#| args: -r -k b.o b.c
%.o: %.c
	echo $@
