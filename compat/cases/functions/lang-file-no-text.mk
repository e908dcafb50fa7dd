# file no text
$(file >empty)
$(info [$(file <empty)])
all: ; @:
