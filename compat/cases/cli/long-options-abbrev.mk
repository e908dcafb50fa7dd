# Long options can be abbreviated when unambiguous (getopt_long): --just-p for --just-print.
#| args: --just-p
all:
	echo would run
