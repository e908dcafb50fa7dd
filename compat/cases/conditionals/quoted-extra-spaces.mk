# Quoted ifeq forms tolerate several blanks between the two strings; inner blanks are significant.
ifeq "a"    "a"
$(info spaced-ok)
endif
ifeq " a" "a"
$(info never)
else
$(info inner-space-differs)
endif
all: ; @:
