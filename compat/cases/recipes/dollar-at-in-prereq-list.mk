# $@ in a prerequisite list is empty without second expansion (automatic vars unset at parse time).
all: t ; @:
t: x$@y ; @echo '$^'
xy: ; @:
