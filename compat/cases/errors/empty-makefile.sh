# An empty makefile: "No targets.  Stop."; with a goal: "No rule to make target".
: > Makefile
make; echo "exit=$?"
make x; echo "exit=$?"
