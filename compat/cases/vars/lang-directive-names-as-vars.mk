# directive names as vars
ifdef = 1
export = 2
define = 3
$(info $(ifdef)$(export)$(define))
all: ; @:
