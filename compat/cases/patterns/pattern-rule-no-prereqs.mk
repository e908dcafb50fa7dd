# A pattern rule with no prerequisites applies to any matching target.
all: anything.gen ; @:
%.gen: ; @echo generating $@ stem=$*
