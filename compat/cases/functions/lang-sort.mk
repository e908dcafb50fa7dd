# sort
$(info [$(sort foo bar lose foo bar)])
all: ; @:
