# ifeq (a, b): space after the comma is stripped, space before ")" too, but space right after "(" is kept.
x = a
ifeq ($(x), a)
$(info lead-space-equal)
else
$(info lead-space-differs)
endif
ifeq ( $(x),a)
$(info first-lead-equal)
else
$(info first-lead-differs)
endif
ifeq ($(x) ,a)
$(info first-trail-equal)
else
$(info first-trail-differs)
endif
all: ; @:
