# A directory a wildcard found missing stays missing for the run, even once created; its
# files can still be named without glob characters.
$(info pre=[$(wildcard build/*.o)])
$(shell mkdir -p build; touch build/a.o)
$(info post=[$(wildcard build/*.o)] lit=[$(wildcard build/a.o)] other=[$(wildcard ./build/*.o)])
$(shell mkdir -p out; touch out/a.o)
$(info out=[$(wildcard out/*.o)] [$(wildcard out/*)])
all: ; @:
