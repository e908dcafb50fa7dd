# -p with an empty makefile: all of GNU's built-in rules and variables, after "No targets".
#| args: -p -f /dev/null
#| normalise: database
