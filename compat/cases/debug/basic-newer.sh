# --debug=b with existing files: a newer prerequisite, a missing one, an up-to-date tree
#| normalise: banner
touch -d '2020-01-01' out mid
touch src
printf 'out: mid\n\t@echo out\nmid: src gone\n\t@touch mid\ngone: ; @echo gone\n' > Makefile
make --debug=b; echo "exit=$?"
make --debug=b; echo "exit=$?"
touch -d '2030-01-01' out mid gone
make --debug=b; echo "exit=$?"
