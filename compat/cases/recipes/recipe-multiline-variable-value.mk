# "@$(lines)" where lines expands to two commands: both run, and the @ silences BOTH (no "echo b" echo).
define lines
echo a
echo b
endef
all: ; @$(lines)
