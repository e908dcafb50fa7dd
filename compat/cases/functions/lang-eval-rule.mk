# eval rule
define R
$(1): ; @echo made $$@
endef
$(eval $(call R,t1))
all: t1