# trailing space before comment
a = x # comment
$(info [$(a)])
all: ; @:
