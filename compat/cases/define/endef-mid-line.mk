# "endef" that is not alone at the start of a line does not end the define.
define v
this line mentions endef in the middle
endef
$(info [$(v)])
all: ; @:
