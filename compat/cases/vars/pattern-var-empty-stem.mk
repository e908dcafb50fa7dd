# A pattern-specific variable never applies with an empty stem (GNU skips names shorter
# than the pattern): `%.o` does not reach `.o`, `a%` not `a`, `%` reaches every name.
#| args: .o a x.o ab
%.o: X = 1
a%: Y = 2
%: Z = 3
.o a x.o ab:
	@echo '$@ [$(X)] [$(Y)] [$(Z)]'
