# -s suppresses command echo (and Entering/Leaving lines).
#| args: -s
all:
	echo shown once
