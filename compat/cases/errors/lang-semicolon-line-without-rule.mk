# semicolon line without rule
; echo x
all: ; @:
