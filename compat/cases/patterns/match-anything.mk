# A non-terminal match-anything rule does not apply to names another implicit rule could make (bar.c), manual 10.5.5.
%: ; @echo anything $@
all: foo bar.c
.DEFAULT_GOAL := all
