# Only the first % in a patsubst pattern is special; others are literal.
$(info [$(patsubst %.%,X%,a.b a.% x%.%)] [$(patsubst %,%%,a)])
all: ; @:
