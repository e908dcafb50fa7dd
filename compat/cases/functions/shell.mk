# $(shell) strips a trailing newline and turns inner newlines into spaces (manual 8.13).
$(info [$(shell printf 'a\nb\n')] [$(shell printf 'x\n\n\n')] [$(shell printf 'a\r\nb')])
all: ; @:
