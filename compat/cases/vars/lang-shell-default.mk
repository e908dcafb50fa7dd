# shell default
$(info $(SHELL) $(origin SHELL) [$(.SHELLFLAGS)])
all: ; @:
