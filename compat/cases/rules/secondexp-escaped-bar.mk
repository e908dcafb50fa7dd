# Second expansion: a `|` from a variable starts the order-only list, an escaped `\|` is part
# of the name (GNU looks for `c|d`).
.SECONDEXPANSION:
W = c\|d
V = a|b
all: $$(V) x
	@echo '[$^] [$|]'
a b x: ; @:
c|d: ; @echo made c-bar-d
esc: $$(W) ; @echo '[$^]'
