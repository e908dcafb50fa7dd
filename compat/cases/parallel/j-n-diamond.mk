# -n -j4 on a diamond: nothing runs, so commands are printed in make's deterministic traversal order.
#| args: -n -j4
all: left right ; echo all
left: base ; echo left
right: base ; echo right
base: ; echo base
