# --debug=b with existing files: a newer prerequisite, a missing one, an up-to-date tree
#| normalise: banner
touch -d '2020-01-01' out mid
touch src
printf 'out: mid\n\t@echo out\nmid: src gone\n\t@touch mid\ngone: ; @echo gone\n' > Makefile
make --debug=b; echo "exit=$?"
make --debug=b; echo "exit=$?"
touch -d '2019-01-01' src gone
touch -d '2019-06-01' mid
touch -d '2019-07-01' out
make --debug=b; echo "exit=$?"
