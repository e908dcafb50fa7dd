# .IGNORE with -n: commands are only printed.
#| args: -n
.IGNORE:
all: ; false
