# A missing endif is reported before the last rule is recorded: no "overriding recipe" warning
# for that rule.
all: ; @echo one
ifeq (a,a)
all: ; @echo two
