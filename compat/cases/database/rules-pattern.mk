#| args: -rR -p -q
#| normalise: database
# Pattern rules in the "# Implicit Rules" section: several targets, terminal rules, rules
# without a recipe, order-only prerequisites, and the count line.
%.o: %.c %.h
	cc -c $< -o $@
%.tab.c %.tab.h: %.y
	bison -d $<
%.out:: %.in
	cp $< $@
%.txt: | dir
	touch $@
%.none: %.other
%.cancelled: %.x
%.cancelled: %.x
lib/%.a: src/%/*.o
	ar rv $@ $^
all: ; @:
