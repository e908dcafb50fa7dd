# O unknown
#| args: -Ofoo
all: ; @: