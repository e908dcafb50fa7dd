# CURDIR is the absolute working directory (normalised to <WORK> by the harness).
$(info $(CURDIR))
$(info $(origin CURDIR) $(flavor CURDIR))
all: ; @:
