# With no makefile and no goal make says "No targets specified and no makefile found".
make; echo "exit=$?"
make foo; echo "exit=$?"
