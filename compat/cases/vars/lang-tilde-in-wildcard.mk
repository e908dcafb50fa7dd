# tilde in wildcard
$(info [$(patsubst $(HOME),HOME,$(wildcard ~))])
all: ; @:
