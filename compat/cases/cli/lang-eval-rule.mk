# eval rule
#| args: --eval='extra: ; @echo extra'
all: extra ; @echo all