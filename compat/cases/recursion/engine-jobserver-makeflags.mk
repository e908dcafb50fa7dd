#| args: -j2
all:
	@echo "$(findstring -j2,$(MAKEFLAGS))"
