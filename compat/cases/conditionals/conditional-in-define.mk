# Conditionals inside a define body are plain text until the body is evaluated.
define body
ifdef FLAG
R := flag-set
else
R := flag-unset
endif
endef
FLAG = 1
$(eval $(body))
$(info R=$(R))
all: ; @:
