# A target-specific variable combined with a static pattern rule.
objs = a.o b.o
a.o: FLAG = special
all: $(objs) ; @:
$(objs): %.o: ; @echo $@ [$(FLAG)]
