# file read missing
$(info [$(file <nothere)])
all: ; @:
