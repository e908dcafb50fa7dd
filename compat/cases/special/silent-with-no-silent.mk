# --no-silent does not override .SILENT in the makefile (4.3): the command is not echoed.
#| args: --no-silent
.SILENT:
all: ; echo hidden-or-not
