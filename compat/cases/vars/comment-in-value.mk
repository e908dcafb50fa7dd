# "#" starts a comment in a value unless escaped as \#; inside $(...) of an assignment it still ends the line (manual 3.1).
a = one # comment
b = two \# not a comment
c := $(subst x,y,xx)# trailing
$(info [$(a)] [$(b)] [$(c)])
all: ; @:
