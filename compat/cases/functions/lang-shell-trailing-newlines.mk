# shell trailing newlines
$(info [$(shell printf "a\n\n")])
all: ; @:
