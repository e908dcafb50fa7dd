# strip
$(info [$(strip   a   b    c  )])
all: ; @:
