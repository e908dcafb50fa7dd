%.o: CFLAGS += -pat
CFLAGS = -g
all: a.o
a.o:
	@echo $(CFLAGS)
