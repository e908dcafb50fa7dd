# recursive reference
A = $(B)
B = $(C)
C = $(A)
all: ; @echo $(A)