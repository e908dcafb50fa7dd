# A command-line variable survives plain undefine but not override undefine.
#| args: A=cli B=cli
undefine A
override undefine B
$(info A=[$(A)] B=[$(B)] $(origin A) $(origin B))
all: ; @:
