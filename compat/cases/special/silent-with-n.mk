# -n prints commands even of .SILENT targets.
#| args: -n
.SILENT:
all: ; echo hidden
