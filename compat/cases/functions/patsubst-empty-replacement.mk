# A %-pattern replaced by an empty text leaves neither the word nor its space; a replacement
# that is a lone % or has text keeps the spaces.
V := a b a .c x.c
$(info [$(patsubst %,,a b)] [$(patsubst a%,%,a b a)] [$(patsubst a%,,a b a)] [$(patsubst %.c,%,.c x.c .c)])
$(info [$(V:%=)] [$(V:a%=%)] [$(V:%.c=)] [$(V:a=)] [$(V:.c=)] [$(patsubst a%,,b a c a)])
all: ; @:
