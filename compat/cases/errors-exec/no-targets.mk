# A makefile with no targets: "No targets.  Stop."
X = 1
