# --debug=b under -t and -B
#| normalise: banner
touch -d '2020-01-01' a
touch b
printf 'a: b\n\t@echo a\nb:\n' > Makefile
make --debug=b -t; echo "exit=$?"
make --debug=b -B; echo "exit=$?"
