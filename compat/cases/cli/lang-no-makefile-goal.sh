# no makefile goal
mkdir e && cd e && make foo; echo "exit=$?"