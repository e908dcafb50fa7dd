# $(words), $(firstword), $(lastword) including empty input.
$(info [$(words a  b c)] [$(words )] [$(firstword  x y z)] [$(firstword )] [$(lastword x y z )] [$(lastword )])
all: ; @:
