# A target-specific `+=` expands what it appends to first, then its own text (GNU's
# variable_append): the global value's `$(info)` comes before the target's.
W = $(info global part)g
all: W += $(info target part)t
all:
	@echo '[$(W)]'
