# $(eval) of a lone $ is a line with text: missing separator
$(eval $(notdir $$))
all: ; @:
