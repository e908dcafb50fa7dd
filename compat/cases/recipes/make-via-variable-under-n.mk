# Under -n only lines whose text mentions $(MAKE) or ${MAKE} directly run; a variable holding $(MAKE) does not count.
#| args: -n
SUB = $(MAKE)
all:
	@echo direct ${MAKE}
	@echo indirect $(SUB)
