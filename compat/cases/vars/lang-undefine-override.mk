# undefine override
override x = 1
undefine x
$(info [$(x)] $(origin x))
override undefine x
$(info [$(x)] $(origin x))
all: ; @:
