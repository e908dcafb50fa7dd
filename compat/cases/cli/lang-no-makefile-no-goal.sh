# no makefile no goal
mkdir e && cd e && make; echo "exit=$?"