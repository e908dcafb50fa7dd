# $(strip) removes leading/trailing whitespace and collapses inner runs, tabs included.
x :=   a   b	c  
$(info [$(strip $(x))] [$(strip )] [$(strip    )])
all: ; @:
