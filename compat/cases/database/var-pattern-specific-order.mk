#| args: -rR -p -q
#| normalise: database
# The order GNU lists pattern-specific variables in, for patterns of different shapes and a
# pattern given twice.
x%y: V1 = 1
%: V2 = 2
long/path/%.o: V3 = 3
%.c: V4 = 4
a%: V5 = 5
%.c: V6 = 6
%.o %.c: V7 = 7
all: ; @:
