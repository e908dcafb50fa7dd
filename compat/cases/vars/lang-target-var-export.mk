# target var export
all: export TV = yes
all: ; @echo [$$TV]