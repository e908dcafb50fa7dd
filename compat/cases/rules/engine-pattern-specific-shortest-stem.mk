%.o: V = short
a%.o: V = longer
all: ab.o
ab.o:
	@echo $(V)
