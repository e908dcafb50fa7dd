# -n prints recipe lines with their @ - + prefixes (and following blanks) removed.
#| args: -n
all:
	@ echo at
	- echo dash
	+ echo plus
	-@+ echo all-three
