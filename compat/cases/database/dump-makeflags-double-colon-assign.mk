# Command-line ::= assignments are passed on in MAKEFLAGS as :=.
#| args: P::=x Q:=y R=z S+=w
all: ; @echo "$(MAKEFLAGS)" "$(P)" "$(S)"
