# makelevel export ignores makefile
MAKELEVEL = 7
all: ; @echo $(MAKELEVEL) $$MAKELEVEL
