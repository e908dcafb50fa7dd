# $(word n,text): out-of-range index yields empty.
$(info [$(word 2, foo bar baz)] [$(word 4,foo bar baz)] [$(word 1,)])
all: ; @:
