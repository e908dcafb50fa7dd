# dollar dollar
a = $$HOME
$(info [$(a)] [$(value a)])
all: ; @:
