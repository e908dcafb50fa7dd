# just print
#| args: --just-print
all: ; echo hi