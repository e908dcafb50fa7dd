# --debug=b with a chain of implicit rules: the intermediate file, removed at the end
#| normalise: banner
touch -d '2020-01-01' a.src
printf '%%.mid: %%.src\n\t@cp $< $@\n%%.out: %%.mid\n\t@cp $< $@\n' > Makefile
make --debug=b a.out; echo "exit=$?"
make --debug=b a.out; echo "exit=$?"
touch -d '2019-01-01' a.out
make --debug=b a.out; echo "exit=$?"
# a goal on the command line is not intermediate: made as an ordinary prerequisite
touch -d '2019-01-01' a.out
make --debug=b -s a.out a.mid; echo "exit=$?"
