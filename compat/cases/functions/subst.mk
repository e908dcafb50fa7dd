# $(subst from,to,text) replaces every occurrence, including empty/space args (manual 8.2).
$(info [$(subst ee,EE,feet on the street)])
$(info [$(subst a,,banana)])
$(info [$(subst ,x,abc)])
$(info [$(subst  , ,a b)])
$(info [$(subst o,0, foo  boo )])
all: ; @:
