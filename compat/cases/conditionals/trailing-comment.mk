# A comment after a conditional directive is allowed.
ifdef MAKE # comment here
$(info yes)
else # another
$(info no)
endif # done
all: ; @:
