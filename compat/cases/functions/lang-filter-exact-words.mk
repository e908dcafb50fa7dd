# filter exact words
$(info $(filter a b,a b ab ba a))
all: ; @:
