# "unexport V = x" is accepted silently in 4.3 (V stays undefined).
unexport V = x
all: ; @echo ok [$(V)]
