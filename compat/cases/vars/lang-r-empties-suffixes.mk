# r empties suffixes
#| args: -r
$(info [$(SUFFIXES)] $(origin SUFFIXES))
all: ; @:
