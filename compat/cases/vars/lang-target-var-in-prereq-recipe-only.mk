# target var in prereq recipe only
all: X = 1
all: dep ; @echo all [$(X)]
dep: ; @echo dep [$(X)]
$(info parse [$(X)])