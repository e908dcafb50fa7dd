# Same prerequisite listed twice: $^ drops duplicates, $+ keeps them.
all: b a b
	@echo '^=$^' '+=$+'
a b: ; @:
