# A missing endif is a fatal error reported at end of file.
ifeq (a,a)
$(info inside)
all: ; @:
