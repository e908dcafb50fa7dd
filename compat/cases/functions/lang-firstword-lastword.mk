# firstword lastword
$(info [$(firstword  a b c)] [$(lastword a b c )] [$(firstword )])
all: ; @:
