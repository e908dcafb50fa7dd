# trailing space kept
a = x   
$(info [$(a)])
all: ; @:
