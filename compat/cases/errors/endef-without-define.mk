# endef without a define is just an unknown word: "missing separator".
endef
all: ; @:
