# -j shows up in MAKEFLAGS (jobserver details filtered out).
#| args: -j2
all:
	@echo $(filter-out --jobserver%,$(MAKEFLAGS))
