# Functions applied to automatic variables inside recipes.
all: src/a.c src/b.c
	@echo $(notdir $^) $(words $^) $(patsubst src/%.c,%.o,$<)
src/a.c src/b.c: ; @:
