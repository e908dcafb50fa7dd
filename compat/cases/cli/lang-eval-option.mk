# eval option
#| args: --eval=E=evaluated
all: ; @echo $(E)