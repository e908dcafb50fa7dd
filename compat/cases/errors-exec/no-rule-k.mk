# With -k, a missing prerequisite is reported without "Stop" and other goals continue.
#| args: -k
all: x other ; @echo never
other: ; @echo other
