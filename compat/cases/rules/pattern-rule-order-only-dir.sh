# The classic "objdir" idiom: %.o in a directory with an order-only directory prerequisite.
cat > Makefile <<'M'
all: obj/a.o obj/b.o
obj/%.o: | obj
	@echo build $@
	@touch $@
obj:
	mkdir $@
M
make; echo "exit=$?"
make; echo "exit=$?"
