# A static pattern rule's target pattern loses its leading `./` (and the slashes after it) like
# the targets do, so `./%.o` matches `./a.o`; neighbours: `.//%`, `././%`, and a subdirectory.
objs := ./a.o ./sub/b.o
all: $(objs) ./c.x .//d.y
$(objs): ./%.o: ./%.src
	@echo '$@ from $< stem $*'
./c.x: .//%.x: ././%.in
	@echo '$@ from $< stem $*'
.//d.y: ././%.y: %.in
	@echo '$@ from $< stem $*'
%.src %.in: ; @echo 'make $@'
