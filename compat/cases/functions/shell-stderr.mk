# $(shell) passes the command's stderr through; only stdout is captured.
x := $(shell echo out; echo err >&2)
$(info [$(x)])
all: ; @:
