# nested parens args
$(info $(subst (,[,a(b)c))
all: ; @:
