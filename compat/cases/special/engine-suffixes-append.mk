.SUFFIXES: .foo
all:
	@echo $(words $(filter .foo .c,$(.SUFFIXES)))
