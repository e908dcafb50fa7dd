# After "--" everything is a goal or variable assignment, even words starting with a dash.
#| args: -- -weird V=1
-weird: ; @echo target $@ V=$(V)
