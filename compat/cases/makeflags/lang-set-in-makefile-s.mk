# set in makefile s
MAKEFLAGS += -s
all: ; echo silenced