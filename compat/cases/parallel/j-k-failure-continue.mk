# -j2 -k: independent branch still completes; summary at the end (serialised by deps).
#| args: -j2 -k
all: good bad ; @echo all
good: ; @echo good
bad: good ; @exit 1
