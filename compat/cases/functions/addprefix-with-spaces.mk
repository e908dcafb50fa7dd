# $(addprefix) skips the blanks before its first argument; blanks inside the prefix are kept.
$(info [$(addprefix  -I,a b)] [$(addprefix -I ,a b)])
all: ; @:
