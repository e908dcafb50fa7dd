# `else ifeq (a)` (invalid syntax after else): GNU warns "extraneous text after 'else'" and
# leaves a level open that needs its own endif; its state is what was last left at that depth
# (the first lines use depths 1 to 5 first: at a depth never used GNU reads uninitialised
# memory, whose value changes from run to run).
ifeq (a,a)
ifeq (a,a)
ifeq (a,a)
ifeq (a,a)
ifeq (a,b)
endif
endif
endif
endif
endif
ifeq (a,a)
ifeq (a,a)
endif
ifeq (a,b)
$(info then)
else ifeq (a)
$(info in-level-after-taken)
else
$(info level-else)
endif
$(info after)
endif
ifeq (a,a)
ifeq (a,b)
endif
ifeq (a,b)
else ifdef A B
$(info in-level-after-not-taken)
else
$(info level-else-2)
endif
endif
endif
all: ; @echo done
