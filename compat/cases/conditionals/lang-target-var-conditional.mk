# target var conditional
all: X = 1
ifdef X
$(info parse-sees-X)
endif
all: ; @echo [$(X)]