#| args: -rR -p -q APPCMD=cmd
#| normalise: database
# += keeps the flavor of the variable it appends to; on a fresh name it makes a recursive one.
REC = one
REC += two $(SIMPLE)
SIMPLE := one
SIMPLE += two $(REC_LATER)
FRESH += fresh
EMPTYAPP =
EMPTYAPP += after-empty
APPCMD += ignored
override APPCMD += appended-by-override
all: ; @:
