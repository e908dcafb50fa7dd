# -pq over sub-makes: a sub-make that answers "out of date" fails its parent's recipe; GNU
# stops there and does not mark the targets waiting on it.
#| normalise: database
mkdir sub1 sub2
printf 'SUBDIRS = sub1 sub2\n.PHONY: all $(SUBDIRS)\nall: $(SUBDIRS)\n$(SUBDIRS):\n\t$(MAKE) -C $@\n' > Makefile
printf 'all: x\nx:\n\ttouch x\n' > sub1/Makefile
printf 'include gen.mk\nall: ; @echo $(G)\ngen.mk: ; echo G=1 > $@\n' > sub2/Makefile
make -r -pq; echo "exit=$?"
rm -f sub2/gen.mk
