# A failing recipe line: "make: *** [Makefile:N: target] Error 1" with the recipe line number.
all: t
t:
	@echo start
	@false
	@echo never
