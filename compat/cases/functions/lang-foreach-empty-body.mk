# foreach empty body
$(info [$(foreach d,a b c,)])
all: ; @:
