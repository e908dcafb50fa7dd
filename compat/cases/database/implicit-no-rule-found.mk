#| args: -p -q main.o
#| normalise: database
# The built-in rules searched for a file that has no source: GNU stops, the dump shows the
# implicit search as done and the candidates it considered.
