# -Otarget keeps stdout and stderr of one target together per stream; chain order fixed.
#| args: -j2 -Otarget
all: b ; @echo all
b: a ; @echo b-out; echo b-err >&2
a: ; @echo a-out; echo a-err >&2
