# -r removes built-in rules (and empties SUFFIXES) but keeps built-in variables like CC.
#| args: -r
$(info CC=$(CC) SUFFIXES=[$(SUFFIXES)])
all: ; @:
