# -p with the makefile's own suffix rules and .SUFFIXES, a pattern rule given twice, and a
# user "disqualifier" rule.
#| args: -p
#| setup: touch x.foo
#| normalise: database
.SUFFIXES: .foo .bar
.foo.bar:
	cp $< $@
.c.o:
	$(CC) -c $< -o $@
%.o: %.c
	cc -o $@ $<
%.z: %.y
	yz $<
%.z: %.y
	yz2 $<
%.s:
all: x.bar
