# $(file > ...), $(file >> ...), $(file < ...) (manual 8.6).
$(file >out.txt,line one)
$(file >>out.txt,line two)
$(file >> out.txt,  spaced)
$(info [$(file <out.txt)])
$(info [$(file <missing.txt)])
$(file >empty.txt)
all: ; @:
