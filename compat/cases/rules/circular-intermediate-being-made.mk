# An intermediate file that is itself being updated when it is met again as a
# prerequisite: GNU's update_file_1 drops it with a message like any other.
#| args: -n
.SECONDARY: b.x
all: b.x
b.x: c.x
	@echo make $@
c.x: b.x
	@echo make $@
