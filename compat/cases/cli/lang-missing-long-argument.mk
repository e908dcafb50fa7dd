# missing long argument
#| args: --file
all: ; @: