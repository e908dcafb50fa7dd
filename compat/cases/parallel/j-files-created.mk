# -j4 builds independent files; compared by files left behind, not output order.
#| args: -s -j4
all: f1 f2 f3 f4 ; @cat $^
f1 f2 f3 f4: ; @echo content of $@ > $@
