# $(origin) for every kind of variable (manual 8.11).
#| args: CLI=1
#| env: FROMENV=1
f = 1
override o = 1
define d
x
endef
$(info undefined=$(origin nothere))
$(info default=$(origin CC))
$(info environment=$(origin FROMENV))
$(info file=$(origin f))
$(info command-line=$(origin CLI))
$(info override=$(origin o))
$(info define=$(origin d))
$(info automatic=$(origin @))
$(info makeflags=$(origin MAKEFLAGS))
$(info curdir=$(origin CURDIR))
$(info shell=$(origin SHELL))
$(info path=$(origin PATH))
all: ; @:
