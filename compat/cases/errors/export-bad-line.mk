# "export a: b" is not an export directive: it parses as a rule for targets "export" and "a".
export a: b
all: ; @echo ok
