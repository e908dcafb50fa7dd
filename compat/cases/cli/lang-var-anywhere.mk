# var anywhere
#| args: A=1 all B=2
all: ; @echo $(A) $(B)