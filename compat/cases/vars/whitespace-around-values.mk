# Leading whitespace of a value is stripped, trailing is kept (manual 6.2 trailing spaces).
a =    lead
b = trail   # comment
$(info [$(a)] [$(b)])
nullstring :=
space := $(nullstring) # a space
$(info [$(space)])
all: ; @:
