%.o: V = pat
all: a.o
	@echo all [$(V)]
a.o:
	@echo $@ [$(V)]
