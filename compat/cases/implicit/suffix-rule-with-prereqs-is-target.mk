# A suffix rule written with prerequisites: 4.3 warns "ignoring prerequisites on suffix rule definition" and still uses it as a suffix rule.
#| setup: touch foo.c dep
.c.o: dep
	@echo weird rule $@
all: foo.o ; @:
