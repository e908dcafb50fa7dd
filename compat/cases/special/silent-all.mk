# .SILENT with no prerequisites silences every recipe.
.SILENT:
all:
	echo not echoed
