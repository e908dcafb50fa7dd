# $(wildcard ~) and a ~/ prerequisite expand to $HOME (the harness HOME shows as <TMP>).
$(info [$(wildcard ~)] [$(wildcard ~/)])
all: ~/nothing-here ; @:
~/nothing-here: ; @echo target '$@'
