# ifdef tests whether a variable has a non-empty value, without expanding it fully (manual 7.2).
bar =
foo = $(bar)
ifdef foo
$(info foo defined)
endif
ifdef bar
$(info bar defined)
else
$(info bar empty)
endif
ifndef nothere
$(info nothere undefined)
endif
all: ; @:
