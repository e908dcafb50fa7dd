# unexport with equals is not assignment
unexport V = x
all: ; @echo ok [$(V)] $(origin V)
