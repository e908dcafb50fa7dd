# A simple variable marked as appending (`%: X += ...` then `%.o: X := ...` in one file's
# pattern set keeps the mark) is its own value when referenced (GNU's reference_variable
# reads a simple value as is); the mark counts only when another variable appends to it.
#| args: X=cmd lib
V = global
%: X += $(V)
%.o: export X := s
%: Y += 1
%.o: Y := 2
%.o: Z := 3
a.%: Z += 4
lib: a.o
	@echo lib [$(X)] [$(Y)] [$(Z)]
a.o:
	@echo $@ [$(X)] [$(Y)] [$(Z)] [$$X]
