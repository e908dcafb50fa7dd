# conditional unset
a ?= first
a ?= second
$(info [$(a)])
all: ; @:
