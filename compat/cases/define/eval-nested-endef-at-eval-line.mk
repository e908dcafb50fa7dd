# In $(eval) text a nested endef with extraneous text is reported at the eval's line.
define D
define E
x
endef junk
endef


$(eval $(D))
all:;@:
