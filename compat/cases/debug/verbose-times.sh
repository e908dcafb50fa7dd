# --debug=v with existing files: older and order-only prerequisites, no recipe, no need
#| normalise: banner
touch -d '2020-01-01' src
touch -d '2021-01-01' mid oo
touch -d '2022-01-01' out
printf 'out: mid | oo\n\t@echo out\nmid: src\noo:\n' > Makefile
make --debug=v; echo "exit=$?"
make --debug=v -B; echo "exit=$?"
