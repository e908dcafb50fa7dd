# A makefile's `MAKEFLAGS += $(F)`: GNU reads the expanded value back after reading, so the
# flag F names (-i here) takes effect, next to --eval texts.
#| args: -s --eval=X=1
F := -i
MAKEFLAGS += $(F)
all:
	@printf '%s\n' "[$$MAKEFLAGS]" '[$(MAKEFLAGS)]'
	false
	@echo after
