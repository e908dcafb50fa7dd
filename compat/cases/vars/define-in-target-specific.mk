# "define" cannot be used as a target-specific variable: 4.3's error text.
t: define x
t: ; @echo $(x)
