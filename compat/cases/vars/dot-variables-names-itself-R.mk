#| args: -R
# .VARIABLES names itself under -R too.
$(info $(filter .VARIABLES,$(.VARIABLES)))
all:;@:
