# A reference whose parentheses never balance but that holds a `$` before its first `)`:
# GNU looks the raw name up and drops the rest of the text; without a `$` inside, the first
# `)` ends it and the rest stays.
X := $(foo $(bar x)
Y := $(foo $(bar $(x) y) tail
Z := a$(foo (x)b
W := [$(strip $(foo $(bar $(x) y) z)]
$(info [$(X)] [$(Y)] [$(Z)] $(W))
all: ; @:
