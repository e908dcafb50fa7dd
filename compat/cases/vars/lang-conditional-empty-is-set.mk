# conditional empty is set
a =
a ?= second
$(info [$(a)] $(origin a))
all: ; @:
