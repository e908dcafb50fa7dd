# `%: X += t` with X on the command line: the line takes the value `cmd` and keeps `+=`;
# applied to a file it defines X = cmd (appending) in the file's pattern set, so the file
# sees the command-line value twice, its prerequisites once more per level.
#| args: X=cmd
%: X += t
all: lib
	@echo all [$(X)]
lib: a.o
	@echo lib [$(X)]
a.o:
	@echo $@ [$(X)]
