# Implicit rule search asks GNU's directory cache whether a source exists: the working
# directory was listed while make looked for its makefile, so a source $(shell) made since
# is not found there; one in a directory listed later (through vpath) is.
$(shell touch early.c; mkdir -p src; touch src/late.c)
vpath %.c src
all: late.o early.o
%.o: %.c ; @echo 'compile $< -> $@'
