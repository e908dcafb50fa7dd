# A static pattern rule stops at its second target (`b.o` has a `::` rule) after GNU
# printed the recipe-override warnings of its first target, `a.o`.
a.o: b.o
	@echo old
b.o::
a.o b.o: %.o: %.c
	@echo new
