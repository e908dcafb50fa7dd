# n short
#| args: -n
all: ; echo hi