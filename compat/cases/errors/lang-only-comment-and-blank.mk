# only comment and blank
# nothing here

   

all: ; @:
