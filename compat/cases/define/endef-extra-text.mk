# Text after endef draws a warning ("extraneous text after 'endef' directive").
define x
y
endef junk
$(info [$(x)])
all: ; @:
