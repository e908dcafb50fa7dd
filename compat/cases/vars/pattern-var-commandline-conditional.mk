# `%.o: private V ?= x` with V on the command line: when the pattern applies to a file, the
# `?=` finds the global (command-line) V and makes it private, so from then on recipes
# do not see it (those that ran before did). `b.o: private W ?= y` for a global W does the
# same at reading time.
#| args: V=cmd W=cw
all: lib b.o
	@echo all [$(V)] [$(W)]
lib:
	@echo lib [$(V)] [$(W)]
b.o:
	@echo b.o [$(V)] [$(W)]
%.o: private V ?= x
c.o: private W ?= y
