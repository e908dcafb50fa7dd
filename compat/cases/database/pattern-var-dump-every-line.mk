# `-p` lists every pattern-specific line, also those an earlier `override` for the same
# pattern makes ineffective, and a line for a command-line variable with that value.
#| args: -p -q X=cmd
#| normalise: database
%.o: override V = 1
%.o: V = 2
%.o: export V += 3
%.o: X = 4
x.o:;@echo $(V)
