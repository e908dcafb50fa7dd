# file write read
$(file >out.txt,hello)
$(info [$(file <out.txt)])
all: ; @:
