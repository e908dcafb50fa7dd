# After a rule, a tab-indented "X = 1" is a recipe line (run by the shell), not an assignment.
all:
	X=1; echo "shell var $$X"
