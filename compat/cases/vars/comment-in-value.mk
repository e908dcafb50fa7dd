# "#" starts a comment in a value (trailing blanks before it are kept) unless escaped as \#; also right after a function call (manual 3.1).
a = one # comment
b = two \# not a comment
c := $(subst x,y,xx)# trailing
$(info [$(a)] [$(b)] [$(c)])
all: ; @:
