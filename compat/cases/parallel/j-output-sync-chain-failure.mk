# -j2 -Otarget with a failure at the end of a dependency chain: output and error lines are deterministic.
#| args: -j2 -Otarget
all: b ; @echo never
b: a ; @echo b start; echo b err >&2; exit 3
a: ; @echo a
