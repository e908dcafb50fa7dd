# -f /dev/null with a goal that has no rule: the file is read, then the goal is missing.
#| args: -f /dev/null nothing-here
