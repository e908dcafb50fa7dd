# $(error) expanded in a later target's recipe stops make after earlier targets ran.
all: a b
a: ; @echo a
b: ; $(error b is broken)
