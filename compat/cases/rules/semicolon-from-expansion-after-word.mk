# A word before an expanded `;` and no colon: the line is a missing separator, the words after
# the `;` notwithstanding.
SEMI := ;
foo $(SEMI) bar: baz
all: ; @:
