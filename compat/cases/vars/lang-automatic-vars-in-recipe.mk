# automatic vars in recipe
all: b a | c
	@echo "$@ [$<] [$^] [$+] [$|]"
a b c: ; @: