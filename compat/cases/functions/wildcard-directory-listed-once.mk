# GNU lists a directory once per run (its directory cache): files made later, by $(shell)
# or by recipes, are not seen by a wildcard; a name without glob characters is looked up
# afresh. The working directory is listed while make looks for its makefile.
$(shell touch new.c; mkdir -p sub; touch sub/x.c)
$(info lit=[$(wildcard new.c)] glob=[$(wildcard *.c)] sub=[$(wildcard sub/*.c)])
$(shell touch sub/y.c newer.c)
$(info lit=[$(wildcard newer.c)] glob=[$(wildcard *.c)] sub=[$(wildcard sub/*.c)] sublit=[$(wildcard sub/y.c)])
all: one
	@echo 'rec=[$(wildcard *.c)] [$(wildcard sub/*.c)] [$(wildcard *.o)]'
one: ; @touch made.o sub/z.c
