# ::= is the POSIX spelling of := (manual 6.2 "Simply expanded variable assignment").
b = one
a ::= $(b)
b = two
$(info a=$(a) flavor=$(flavor a))
all: ; @:
