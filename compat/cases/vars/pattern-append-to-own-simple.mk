# A pattern-specific `+=` to the pattern's own simple variable is expanded when the pattern
# applies to a file, not when the line is read (unlike a target's).
V := now
all: p.x t
%.x: X := pat
%.x: X += $(V) $$dollar
p.x: ; @echo 'X=[$(X)]'
t: Y := tgt
t: Y += $(V)
t: ; @echo 'Y=[$(Y)]'
V := later
