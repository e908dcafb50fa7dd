# --quiet and --silent are -s.
#| args: --quiet
all:
	echo not echoed
