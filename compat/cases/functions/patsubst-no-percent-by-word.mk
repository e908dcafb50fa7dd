# A pattern without % substitutes whole words and keeps the text's blanks as written; an
# empty pattern matches at the end of a word only after a blank (so empty text gives the
# replacement).
E :=
V := a b
$(info [$(patsubst a,b,  a   c  )] [$(patsubst a,b,xa a)] [$(patsubst aa,x,aaa aa)] [$(patsubst a,,a b a)])
$(info [$(patsubst ,x,)] [$(patsubst ,x,a b)] [$(patsubst ,x,  )] [$(patsubst ,x,a b )] [$(patsubst ,,)])
$(info [$(patsubst \%,x,% a\%)] [$(patsubst a,\%,a)] [$(patsubst a,%,a)] [$(V:=x)] [$(E:=x)])
all: ; @:
