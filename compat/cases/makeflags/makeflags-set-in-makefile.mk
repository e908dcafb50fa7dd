# Adding flags to MAKEFLAGS inside the makefile takes effect (4.3: -s via MAKEFLAGS += s).
MAKEFLAGS += s
all:
	echo silent because of MAKEFLAGS
