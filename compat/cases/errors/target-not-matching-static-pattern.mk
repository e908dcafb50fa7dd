# A target not matching its static pattern: warning "target ... doesn't match the target pattern", recipe still runs.
all: a.o b.x
a.o b.x: %.o: ; @echo build $@
