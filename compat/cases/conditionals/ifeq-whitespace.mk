# ifeq (a,b): blanks around the comma are stripped, but a blank right after "(" or right before ")" is kept.
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
ifeq (a,a )
$(info second-trail-equal)
else
$(info second-trail-differs)
endif
all: ; @:
