# double colon target vars
all:: X = dc
all:: ; @echo [$(X)]