#| args: all
# SHELL and .SHELLFLAGS are split into words with quotes removed: a quoted flag holding
# blanks or `;` is one argument, and SHELL may itself carry arguments.
one: SHELL := printf [%s]
one: .SHELLFLAGS := 'x;y' "p q" r\ s
one: ; t u
two: SHELL := /bin/sh
two: .SHELLFLAGS := -e '-c'
two: ; @echo "two ran"
all: one two ; @echo
