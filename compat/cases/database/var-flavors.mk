#| args: -rR -p -q
#| normalise: database
# Recursive and simple flavors, how each assignment operator is recorded.
REC = $(SIMPLE) rec
SIMPLE := value $(REC_UNDEFINED)
POSIX ::= posix $(SIMPLE)
COND ?= conditional
COND ?= ignored
SHELLVAR != echo from shell
EMPTY =
EMPTY_SIMPLE :=
DOLLARS = $$HOME $$$$ $(SIMPLE)
SPACES = a   b	tab  
REF := $(REC)
all: ; @:
