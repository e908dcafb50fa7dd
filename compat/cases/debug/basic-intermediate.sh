# --debug=b with a chain of implicit rules: the intermediate file, removed at the end
#| normalise: banner
touch a.src
printf '%%.mid: %%.src\n\t@cp $< $@\n%%.out: %%.mid\n\t@cp $< $@\n' > Makefile
make --debug=b a.out; echo "exit=$?"
make --debug=b a.out; echo "exit=$?"
touch -d '2030-01-01' a.src
make --debug=b a.out; echo "exit=$?"
