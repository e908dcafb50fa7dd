# .WAIT is a 4.4 feature; in 4.3 it is an ordinary (missing) prerequisite name.
all: a .WAIT b
a b: ; @echo $@
