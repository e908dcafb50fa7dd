# -n does not hide a missing prerequisite with no rule: still an error, exit 2.
#| args: -n
all: missing ; echo never
