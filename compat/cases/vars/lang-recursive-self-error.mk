# recursive self error
x = $(x)
all: ; @echo $(x)