# An invalid `else ifeq` at a depth never used before: GNU reads the level as already taken,
# so both its branches are skipped; the missing endif is reported at the end.
ifeq (a,b)
$(info then)
else ifeq (a)
$(info in-level)
else
$(info level-else)
endif
$(info after)
all: ; @echo done
