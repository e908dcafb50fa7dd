# $(info) with no text prints an empty line; args with commas are printed whole.
$(info )
$(info a,b, c)
$(info   leading)
all: ; @:
