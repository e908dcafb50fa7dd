# shell stderr passes
$(info [$(shell echo err >&2; echo out)])
all: ; @:
