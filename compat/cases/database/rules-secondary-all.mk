#| args: -rR -p -q
#| normalise: database
# .SECONDARY without prerequisites marks every target; .ONESHELL and .POSIX are recorded too.
.SECONDARY:
.ONESHELL:
.POSIX:
all: a b
a b: ; @:
