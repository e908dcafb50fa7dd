# A quoted command-line word 'V=a b' is one assignment whose value has two words.
#| args: 'V=a b' all
all: ; @echo V=[$(V)] words=$(words $(V))
