# export then unexport
export A := 1
unexport A
all: ; @echo [$$A]
