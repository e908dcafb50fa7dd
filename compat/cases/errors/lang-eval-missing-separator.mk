# eval missing separator

$(eval bogus)
all: ; @:
