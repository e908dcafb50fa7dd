# The same with -j2 (one target, so that no two children race): the target a `+` line made
# is deleted when the next line is asked about.
#| args: -q -j2 a
a: b
	+@touch $@
	echo not run
b:
	+@echo b
