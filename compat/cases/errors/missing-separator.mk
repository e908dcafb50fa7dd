# A line that is neither rule, assignment nor directive: "missing separator" (exit 2).
all: ; @echo ok
this is junk
